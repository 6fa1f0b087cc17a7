import { useT } from '../../core/i18n/language';
import { smsHref, telHref } from './phoneLinks';
import { ROLE_LABELS, type Contact } from './contactsRepo';

/** Tap-to-call and tap-to-text for one contact; each link names the person it reaches (or, where
 * names are kept off the screen, `who`: "your sponsor"). */
export function ContactLinks({ contact, who }: { contact: Contact; who?: string }) {
  const t = useT();
  if (!contact.phone) return null;
  const name = who ?? contact.name;
  return (
    <span className="row">
      <a
        className="button button--quiet"
        href={telHref(contact.phone)}
        aria-label={t('Call {name}', { name })}
      >
        {t('Call')}
      </a>
      <a
        className="button button--quiet"
        href={smsHref({ number: contact.phone })}
        aria-label={t('Text {name}', { name })}
      >
        {t('Text')}
      </a>
    </span>
  );
}

export function ContactSummary({ contact }: { contact: Contact }) {
  const t = useT();
  if (contact.unreadable) {
    return (
      <p className="muted">{t('This contact could not be opened. It may have been damaged.')}</p>
    );
  }
  return (
    <>
      <strong>{contact.name}</strong>
      {contact.role && <span className="contact__role"> · {t(ROLE_LABELS[contact.role])}</span>}
      {contact.relation && <span className="muted"> · {contact.relation}</span>}
      {contact.phone && <span className="contact__phone">{contact.phone}</span>}
      {contact.note && <span className="contact__note">{contact.note}</span>}
    </>
  );
}
