import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { ContactLinks } from './ContactLinks';
import { ROLE_WORDS, supportFirst, type Contact } from './contactsRepo';

/** Today's card for the person marked sponsor (or mentor, or accountability partner): call or
 * text in one tap. Nothing when no one is marked. `words` false (the person chose a quiet Today,
 * or left in a hurry) keeps their name off the screen: "your sponsor" instead. */
export function SupportCard({
  contacts,
  words,
}: {
  contacts: Contact[] | 'failed' | undefined;
  words: boolean;
}) {
  const t = useT();
  if (!Array.isArray(contacts)) return null;
  const person = supportFirst(contacts)[0];
  if (!person?.role || person.unreadable) return null;
  const role = ROLE_WORDS[person.role];
  const who = words ? person.name : t(role.who);
  return (
    <div className="card">
      <h2>{t(role.yours)}</h2>
      {words && <p dir="auto">{person.name}</p>}
      {person.phone ? (
        <ContactLinks contact={person} who={who} />
      ) : (
        <p>
          <Link href={ROUTES.people}>{t('Add a number for {name}', { name: who })}</Link>
        </p>
      )}
    </div>
  );
}
