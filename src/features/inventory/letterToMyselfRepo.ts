import { msg, t } from '../../core/i18n/language';
import { sealedDocuments } from '../../core/sealedStore';
import { InventoryInputError, type LetterToMyself } from './types';
import { requireId, text } from './validation';

/**
 * Letters to myself are sealed documents with ids `letter-to-myself:<uuid>`, not journal entries:
 * they are a step 4 exercise that lives beside the inventories they answer, with their own guided
 * page, and they stay out of the journal's timeline (the `letters` table is for amends letters,
 * which can be sent, sealed or released; a letter to yourself is simply kept).
 */
export const LETTER_PREFIX = 'letter-to-myself:';

export interface LetterToMyselfFields {
  body: string;
}

function isLetterId(id: string): boolean {
  return id.startsWith(LETTER_PREFIX) && id.length > LETTER_PREFIX.length;
}

const letters = sealedDocuments<LetterToMyselfFields>(() => ({ body: '' }));

/** Creates the letter on its first save with words and updates it after that. */
export async function saveLetterToMyself(
  input: { id: string; body: string },
  now = Date.now(),
): Promise<number | undefined> {
  const id = requireId(input.id);
  if (!isLetterId(id)) throw new InventoryInputError(t('This is not a letter to yourself.'));
  const body = text(input.body, msg('Your letter'));
  const written = await letters.save(id, { body }, (existing) =>
    existing || body.trim() ? { id, created: existing?.created ?? now, updated: now } : undefined,
  );
  return written && now;
}

/** Deletes a letter to yourself for good. */
export async function deleteLetterToMyself(id: string): Promise<void> {
  if (!isLetterId(requireId(id)))
    throw new InventoryInputError(t('This is not a letter to yourself.'));
  await letters.remove([id]);
}

export async function getLetterToMyself(id: string): Promise<LetterToMyself | undefined> {
  if (!isLetterId(id)) return undefined;
  return letters.get(id);
}

/** Every letter, newest first. */
export async function listLettersToMyself(): Promise<LetterToMyself[]> {
  const rows = await letters.table.where('id').startsWith(LETTER_PREFIX).toArray();
  rows.sort((a, b) => b.created - a.created);
  return letters.openMany(rows);
}
