import { useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { ConfirmRemove } from '../../ui/ConfirmRemove';
import { ContactForm } from './ContactForm';
import { ContactLinks, ContactSummary } from './ContactLinks';
import { deleteContact, type Contact } from './contactsRepo';
import { TalkForm } from './TalkForm';
import { TalksList } from './TalksList';
import { useTalks } from './useTalks';
import { useContacts } from './useSafety';
import './safety.css';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit' | 'talked'; id: string };

function ContactItem({
  contact,
  talking,
  onEdit,
  onTalked,
  onTalkDone,
  onNoted,
}: {
  contact: Contact;
  talking: boolean;
  onEdit: () => void;
  onTalked: () => void;
  onTalkDone: () => void;
  onNoted: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const name = contact.unreadable ? 'this contact' : contact.name;
  return (
    <li className="card contact">
      <ContactSummary contact={contact} />
      <ContactLinks contact={contact} />
      {talking && !contact.unreadable ? (
        <TalkForm contact={contact} onDone={onTalkDone} onNoted={onNoted} />
      ) : confirming ? (
        <ConfirmRemove
          question={`Remove ${name} from your people?`}
          yes="Yes, remove"
          onRemove={() => deleteContact(contact.id)}
          onKeep={() => setConfirming(false)}
        />
      ) : (
        <div className="row">
          {!contact.unreadable && (
            <>
              <button
                type="button"
                className="button button--quiet"
                aria-label={`We talked: ${contact.name}`}
                onClick={onTalked}
              >
                We talked
              </button>
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Change ${contact.name}`}
                onClick={onEdit}
              >
                Change
              </button>
            </>
          )}
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Remove ${name}`}
            onClick={() => setConfirming(true)}
          >
            Remove
          </button>
        </div>
      )}
    </li>
  );
}

export default function PeoplePage() {
  const contacts = useContacts();
  const talks = useTalks();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [noted, setNoted] = useState(false);
  const done = () => setEditing({ kind: 'none' });
  const open = (next: Editing) => {
    setNoted(false);
    setEditing(next);
  };

  return (
    <section className="people">
      <p>
        <Link href={ROUTES.help}>Help now</Link>
      </p>
      <h1>My people</h1>
      <p>
        The people you can reach when things are hard: a sponsor, a therapist, a friend. They are
        sealed like everything you write, and stay on this device.
      </p>
      {contacts === 'failed' && (
        <p role="alert" className="notice">
          Your people could not be opened just now. Nothing about them was changed.
        </p>
      )}
      <p role="status" className="muted">
        {noted ? 'Noted. Reaching out takes courage.' : ''}
      </p>
      {Array.isArray(contacts) && contacts.length === 0 && editing.kind !== 'new' && (
        <p className="muted">No one here yet.</p>
      )}
      <ul className="plain-list stack">
        {(Array.isArray(contacts) ? contacts : []).map((contact) =>
          editing.kind === 'edit' && editing.id === contact.id ? (
            <li key={contact.id}>
              <ContactForm contact={contact} onDone={done} />
            </li>
          ) : (
            <ContactItem
              key={contact.id}
              contact={contact}
              talking={editing.kind === 'talked' && editing.id === contact.id}
              onEdit={() => open({ kind: 'edit', id: contact.id })}
              onTalked={() => open({ kind: 'talked', id: contact.id })}
              onTalkDone={done}
              onNoted={() => setNoted(true)}
            />
          ),
        )}
      </ul>
      {editing.kind === 'new' ? (
        <ContactForm onDone={done} />
      ) : (
        <p>
          <button type="button" className="button" onClick={() => open({ kind: 'new' })}>
            Add someone
          </button>
        </p>
      )}
      {talks === 'failed' ? (
        <p role="alert" className="notice">
          The times you reached out could not be opened just now. Nothing about them was changed.
        </p>
      ) : (
        talks && <TalksList talks={talks} />
      )}
    </section>
  );
}
