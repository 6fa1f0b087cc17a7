import type { ContactRow } from '../../db/types';
import { msg } from '../../core/i18n/language';
import { sealedTable } from '../../core/sealedStore';

/** A person the journal-keeper can reach: every word of it is sealed. */
export interface ContactFields {
  name: string;
  /** Who they are to the person, in the person's own words: "my sponsor", "Sam from group". */
  relation: string;
  phone: string;
  note: string;
  /** Someone who walks the road with the person, marked so they are one tap away on Today,
   * Help now and the hard-moment card. Sealed with the rest: who a sponsor is is private. */
  role?: ContactRole;
}

export const CONTACT_ROLES = ['sponsor', 'mentor', 'partner'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** A role's name, drawn through `t`. */
export const ROLE_LABELS: Record<ContactRole, string> = {
  sponsor: msg('Sponsor'),
  mentor: msg('Mentor'),
  partner: msg('Accountability partner'),
};

/** A role said about the person whose contact it is: a heading, and the words that stand in for
 * a name kept off the screen. Whole phrases, since some languages say a role without "your". */
export const ROLE_WORDS: Record<ContactRole, { yours: string; who: string }> = {
  sponsor: { yours: msg('Your sponsor'), who: msg('your sponsor') },
  mentor: { yours: msg('Your mentor'), who: msg('your mentor') },
  partner: { yours: msg('Your accountability partner'), who: msg('your accountability partner') },
};

export interface Contact extends ContactFields {
  id: string;
  created: number;
  updated: number;
  unreadable?: true;
}

export const MAX_CONTACT_CHARS = 500;

export const contacts = sealedTable<ContactRow, ContactFields>('contacts', {
  empty: () => ({ name: '', relation: '', phone: '', note: '' }),
});

/** Contacts in the order they were added. */
export async function listContacts(): Promise<Contact[]> {
  return contacts.openMany(await contacts.table.orderBy('created').toArray());
}

/** Sponsor first, then mentor, then accountability partner, then everyone else, each group in
 * the order the person added them: in a hard moment the first name is the one to reach. */
export function supportFirst(list: Contact[]): Contact[] {
  const rank = (contact: Contact) =>
    contact.role && !contact.unreadable
      ? CONTACT_ROLES.indexOf(contact.role)
      : CONTACT_ROLES.length;
  return [...list].sort((a, b) => rank(a) - rank(b));
}
