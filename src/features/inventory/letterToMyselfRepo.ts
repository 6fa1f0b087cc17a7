import { db } from '../../db/db';
import { deletingForGood } from '../../db/deletedRecords';
import type { DocumentRow } from '../../db/types';
import { SealError } from '../../core/crypto';
import { openFields, sealFields } from '../../core/sealing';
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

async function openLetter(row: DocumentRow): Promise<LetterToMyself> {
  const base = { id: row.id, created: row.created, updated: row.updated };
  try {
    const { body } = await openFields<LetterToMyselfFields>('documents', row);
    return { ...base, body };
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
    return { ...base, body: '', unreadable: true };
  }
}

/** Creates the letter on its first save with words and updates it after that. */
export async function saveLetterToMyself(
  input: { id: string; body: string },
  now = Date.now(),
): Promise<number | undefined> {
  const id = requireId(input.id);
  if (!isLetterId(id)) throw new InventoryInputError('This is not a letter to yourself.');
  const body = text(input.body, 'Your letter');
  const sealed = await sealFields('documents', id, { body } satisfies LetterToMyselfFields);
  return db.transaction('rw', db.documents, async () => {
    const existing = await db.documents.get(id);
    if (!existing && !body.trim()) return undefined;
    await db.documents.put({ id, created: existing?.created ?? now, updated: now, sealed });
    return now;
  });
}

/** Deletes a letter to yourself for good. */
export async function deleteLetterToMyself(id: string): Promise<void> {
  if (!isLetterId(requireId(id)))
    throw new InventoryInputError('This is not a letter to yourself.');
  await deletingForGood('documents', [id], () => db.documents.delete(id));
}

export async function getLetterToMyself(id: string): Promise<LetterToMyself | undefined> {
  if (!isLetterId(id)) return undefined;
  const row = await db.documents.get(id);
  return row ? openLetter(row) : undefined;
}

/** Every letter, newest first. */
export async function listLettersToMyself(): Promise<LetterToMyself[]> {
  const rows = await db.documents.where('id').startsWith(LETTER_PREFIX).toArray();
  rows.sort((a, b) => b.created - a.created);
  return Promise.all(rows.map(openLetter));
}
