import { t } from '../../core/i18n/language';
import { InputError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { CONTACT_ROLES, contacts, MAX_CONTACT_CHARS, type ContactFields } from './contactsRepo';

// Apart from contactsRepo.ts, which Today reads for its people card: a module is kept whole in
// one file, so writes kept there came with the first screen.

class ContactInputError extends InputError {
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
  if (input.role) {
    if (!CONTACT_ROLES.includes(input.role)) {
      throw new ContactInputError(
        t('Please choose sponsor, mentor, accountability partner or none.'),
      );
    }
    return checked({ ...fields, role: input.role });
  }
  return checked(fields);
}

function checked(fields: ContactFields): ContactFields {
  if (!fields.name) throw new ContactInputError(t('Please add a name, or a word for who this is.'));
  if (
    [fields.name, fields.relation, fields.phone, fields.note].some(
      (value) => value.length > MAX_CONTACT_CHARS,
    )
  ) {
    throw new ContactInputError(
      t('Each part can be up to {count} characters. Please shorten it.', {
        count: MAX_CONTACT_CHARS,
      }),
    );
  }
  const digits = fields.phone.replace(/\D/g, '');
  if (fields.phone && (!/^\+?[\d\s().-]+$/.test(fields.phone) || digits.length < 3)) {
    throw new ContactInputError(
      t('The number can hold digits, spaces, brackets, dashes and a + at the start.'),
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
  await contacts.save(id, fields, (existing) =>
    existing ? { ...existing, updated: now } : { id, created: now, updated: now },
  );
  return id;
}

export async function deleteContact(id: string): Promise<void> {
  await contacts.remove([id]);
}
