import { Link } from 'wouter';
import { t } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { ContactLinks, ContactSummary } from './ContactLinks';
import { supportFirst, type Contact } from './contactsRepo';

export function PeopleNotOpened() {
  return (
    <p className="notice">
      {t('Your people could not be opened just now. Nothing about them was changed.')}
    </p>
  );
}

/** The person's trusted contacts with tap-to-call and tap-to-text, and the way to change them.
 * The screen reads them (useContacts), so it can wait for them before drawing what follows. */
export function MyPeople({ contacts }: { contacts: Contact[] | 'failed' | undefined }) {
  if (contacts === 'failed') return <PeopleNotOpened />;
  return (
    <>
      {contacts && contacts.length > 0 ? (
        <ul className="plain-list stack help__people">
          {supportFirst(contacts).map((contact) => (
            <li key={contact.id} className="card contact">
              <ContactSummary contact={contact} />
              <ContactLinks contact={contact} />
            </li>
          ))}
        </ul>
      ) : (
        // Drawn unseen while the contacts are read, so what follows does not move down when the
        // line arrives (the usual answer: no one kept here yet).
        <p
          className={contacts ? 'muted' : 'muted help__waiting'}
          aria-hidden={contacts ? undefined : true}
        >
          {t('You can keep the people you trust here, to call or text with one tap.')}
        </p>
      )}
      <p className="row">
        <Link href={ROUTES.people} className="button button--quiet">
          {contacts && contacts.length > 0 ? t('Change my people') : t('Add someone')}
        </Link>
        <Link href={ROUTES.meetings} className="button button--quiet">
          {t('My meetings')}
        </Link>
      </p>
    </>
  );
}
