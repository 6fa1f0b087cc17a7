import { useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { ContactForm } from './ContactForm';
import { ContactLinks, ContactSummary } from './ContactLinks';
import { deleteContact, type Contact } from './contactsRepo';
import { useContacts } from './useSafety';
import './safety.css';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; id: string };

function ContactItem({ contact, onEdit }: { contact: Contact; onEdit: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const name = contact.unreadable ? 'this contact' : contact.name;
  return (
    <li className="card contact">
      <ContactSummary contact={contact} />
      <ContactLinks contact={contact} />
      {confirming ? (
        <div className="row">
          <span>Remove {name} from your people?</span>
          <button
            type="button"
            className="button button--danger"
            onClick={() => void deleteContact(contact.id)}
          >
            Yes, remove
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setConfirming(false)}
          >
            Keep
          </button>
        </div>
      ) : (
        <div className="row">
          {!contact.unreadable && (
            <button
              type="button"
              className="button button--quiet"
              aria-label={`Change ${contact.name}`}
              onClick={onEdit}
            >
              Change
            </button>
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
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const done = () => setEditing({ kind: 'none' });

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
              onEdit={() => setEditing({ kind: 'edit', id: contact.id })}
            />
          ),
        )}
      </ul>
      {editing.kind === 'new' ? (
        <ContactForm onDone={done} />
      ) : (
        <p>
          <button type="button" className="button" onClick={() => setEditing({ kind: 'new' })}>
            Add someone
          </button>
        </p>
      )}
    </section>
  );
}
