import { useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { ConfirmRemove } from '../../ui/ConfirmRemove';
import { ContactForm } from './ContactForm';
import { ContactLinks, ContactSummary } from './ContactLinks';
import type { Contact } from './contactsRepo';
import { deleteContact } from './contactWrites';
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
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="card contact">
      <ContactSummary contact={contact} />
      <ContactLinks contact={contact} />
      {talking && !contact.unreadable ? (
        <TalkForm contact={contact} onDone={onTalkDone} onNoted={onNoted} />
      ) : confirming ? (
        <ConfirmRemove
          question={
            contact.unreadable
              ? t('Remove this contact from your people?')
              : t('Remove {name} from your people?', { name: contact.name })
          }
          yes={t('Yes, remove')}
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
                aria-label={t('We talked: {name}', { name: contact.name })}
                onClick={onTalked}
              >
                {t('We talked')}
              </button>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('Change {name}', { name: contact.name })}
                onClick={onEdit}
              >
                {t('Change')}
              </button>
            </>
          )}
          <button
            type="button"
            className="button button--quiet"
            aria-label={
              contact.unreadable
                ? t('Remove this contact')
                : t('Remove {name}', { name: contact.name })
            }
            onClick={() => setConfirming(true)}
          >
            {t('Remove')}
          </button>
        </div>
      )}
    </li>
  );
}

export default function PeoplePage() {
  const t = useT();
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
        <Link href={ROUTES.help}>{t('Help now')}</Link>
      </p>
      <h1>{t('My people')}</h1>
      <p>
        {t(
          'The people you can reach when things are hard: a sponsor, a therapist, a friend. They are sealed like everything you write, and stay on this device.',
        )}
      </p>
      {contacts === 'failed' && (
        <p role="alert" className="notice">
          {t('Your people could not be opened just now. Nothing about them was changed.')}
        </p>
      )}
      <p role="status" className="muted">
        {noted ? t('Noted. Reaching out takes courage.') : ''}
      </p>
      {Array.isArray(contacts) && contacts.length === 0 && editing.kind !== 'new' && (
        <p className="muted">{t('No one here yet.')}</p>
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
            {t('Add someone')}
          </button>
        </p>
      )}
      {talks === 'failed' ? (
        <p role="alert" className="notice">
          {t(
            'The times you reached out could not be opened just now. Nothing about them was changed.',
          )}
        </p>
      ) : (
        talks && <TalksList talks={talks} />
      )}
    </section>
  );
}
