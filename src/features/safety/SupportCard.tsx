import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { ContactLinks } from './ContactLinks';
import { ROLE_LABELS, supportFirst, type Contact } from './contactsRepo';

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
  if (!Array.isArray(contacts)) return null;
  const person = supportFirst(contacts)[0];
  if (!person?.role || person.unreadable) return null;
  const role = ROLE_LABELS[person.role].toLowerCase();
  const who = words ? person.name : `your ${role}`;
  return (
    <div className="card">
      <h2>Your {role}</h2>
      {words && <p dir="auto">{person.name}</p>}
      {person.phone ? (
        <ContactLinks contact={person} who={who} />
      ) : (
        <p>
          <Link href={ROUTES.people}>Add a number for {who}</Link>
        </p>
      )}
    </div>
  );
}
