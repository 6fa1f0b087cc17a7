import { smsHref, telHref } from './crisisLines';
import type { Contact } from './contactsRepo';

/** Tap-to-call and tap-to-text for one contact; each link names the person it reaches. */
export function ContactLinks({ contact }: { contact: Contact }) {
  if (!contact.phone) return null;
  return (
    <span className="row">
      <a
        className="button button--quiet"
        href={telHref(contact.phone)}
        aria-label={`Call ${contact.name}`}
      >
        Call
      </a>
      <a
        className="button button--quiet"
        href={smsHref({ number: contact.phone })}
        aria-label={`Text ${contact.name}`}
      >
        Text
      </a>
    </span>
  );
}

export function ContactSummary({ contact }: { contact: Contact }) {
  if (contact.unreadable) {
    return <p className="muted">This contact could not be opened. It may have been damaged.</p>;
  }
  return (
    <>
      <strong>{contact.name}</strong>
      {contact.relation && <span className="muted"> · {contact.relation}</span>}
      {contact.phone && <span className="contact__phone">{contact.phone}</span>}
      {contact.note && <span className="contact__note">{contact.note}</span>}
    </>
  );
}
