import { db } from '../../db/db';
import type { DocumentRow } from '../../db/types';
import { SealError } from '../../core/crypto';
import { openFields, sealFields } from '../../core/sealing';

// The amends feature's sealed documents (forgiving myself, commitments of care, check-ins, the
// accountability worksheet) are read and written here.

export async function openDoc<T>(row: DocumentRow): Promise<T | undefined> {
  try {
    return await openFields<T>('documents', row);
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
    return undefined;
  }
}

/** Writes one sealed document; a new one is kept only when it has words. */
export async function saveDocument(
  id: string,
  fields: object,
  hasWords: boolean,
  now: number,
): Promise<number | undefined> {
  const sealed = await sealFields('documents', id, fields);
  return db.transaction('rw', db.documents, async () => {
    const existing = await db.documents.get(id);
    if (!existing && !hasWords) return undefined;
    await db.documents.put({ id, created: existing?.created ?? now, updated: now, sealed });
    return now;
  });
}

/** A document's fields and when they were written. */
export interface StoredDocument<T> {
  fields: T;
  updated: number;
}

/** A document, `undefined` when there is none, or `'unreadable'`. */
export async function getDocument<T>(
  id: string,
): Promise<StoredDocument<T> | undefined | 'unreadable'> {
  const row = await db.documents.get(id);
  if (!row) return undefined;
  const fields = await openDoc<T>(row);
  return fields === undefined ? 'unreadable' : { fields, updated: row.updated };
}
