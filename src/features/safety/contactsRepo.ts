import { db } from '../../db/db';
import { deletingForGood } from '../../db/deletedRecords';
import type { ContactRow } from '../../db/types';
import { InputError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { SealError } from '../../core/crypto';
import { openFields, sealFields } from '../../core/sealing';

/** A person the journal-keeper can reach: every word of it is sealed. */
export interface ContactFields {
  name: string;
  /** Who they are to the person, in the person's own words: "my sponsor", "Sam from group". */
  relation: string;
  phone: string;
  note: string;
}

export interface Contact extends ContactFields {
  id: string;
  created: number;
  updated: number;
  unreadable?: true;
}

export const MAX_CONTACT_CHARS = 500;

export class ContactInputError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'ContactInputError';
  }
}

function validateContact(input: ContactFields): ContactFields {
  const fields = {
    name: input.name.trim(),
    relation: input.relation.trim(),
    phone: input.phone.trim(),
    note: input.note.trim(),
  };
  if (!fields.name) throw new ContactInputError('Please add a name, or a word for who this is.');
  if (Object.values(fields).some((value) => value.length > MAX_CONTACT_CHARS)) {
    throw new ContactInputError(
      `Each part can be up to ${MAX_CONTACT_CHARS} characters. Please shorten it.`,
    );
  }
  const digits = fields.phone.replace(/\D/g, '');
  if (fields.phone && (!/^\+?[\d\s().-]+$/.test(fields.phone) || digits.length < 3)) {
    throw new ContactInputError(
      'The number can hold digits, spaces, brackets, dashes and a + at the start.',
    );
  }
  return fields;
}

/** Adds a contact (no id) or changes one. Returns its id. */
export async function saveContact(
  input: ContactFields & { id?: string },
  now = Date.now(),
): Promise<string> {
  const fields = validateContact(input);
  const id = input.id ?? newId();
  // Sealed before the transaction: IndexedDB transactions close while WebCrypto works.
  const sealed = await sealFields('contacts', id, fields);
  await db.transaction('rw', db.contacts, async () => {
    const existing = await db.contacts.get(id);
    const row: ContactRow = existing
      ? { ...existing, updated: now, sealed }
      : { id, created: now, updated: now, sealed };
    await db.contacts.put(row);
  });
  return id;
}

async function openContact(row: ContactRow): Promise<Contact> {
  const base = { id: row.id, created: row.created, updated: row.updated };
  try {
    // The base comes last: nothing in the words can stand in for the record's own id.
    return { ...(await openFields<ContactFields>('contacts', row)), ...base };
  } catch (error) {
    // One damaged contact (or one whose words are not a contact's) is shown as such.
    if (!(error instanceof SealError)) throw error;
    return { ...base, name: '', relation: '', phone: '', note: '', unreadable: true };
  }
}

/** Contacts in the order they were added. */
export async function listContacts(): Promise<Contact[]> {
  const rows = await db.contacts.orderBy('created').toArray();
  return Promise.all(rows.map(openContact));
}

export async function deleteContact(id: string): Promise<void> {
  await deletingForGood('contacts', [id], () => db.contacts.delete(id));
}
