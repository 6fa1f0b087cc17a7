import type { DocumentRow } from '../../db/types';
import { sealedDocuments } from '../../core/sealedStore';

// The amends feature's sealed documents (forgiving myself, commitments of care, check-ins, the
// accountability worksheet) are read and written here, through core/sealedStore.ts.

export const documents = sealedDocuments<object>(() => ({}));

/** A document's words, or undefined when they cannot be opened. */
export async function openDoc<T>(row: DocumentRow): Promise<T | undefined> {
  return (await documents.words(row)) as T | undefined;
}

/** Writes one sealed document; a new one is kept only when it has words. */
export async function saveDocument(
  id: string,
  fields: object,
  hasWords: boolean,
  now: number,
): Promise<number | undefined> {
  const written = await documents.save(id, fields, (existing) =>
    existing || hasWords ? { id, created: existing?.created ?? now, updated: now } : undefined,
  );
  return written && now;
}

/** What a worksheet calls to keep its words: the time written, or undefined if nothing was. */
export type SaveWords<T> = (fields: T) => Promise<number | undefined>;

/** A document's fields and when they were written. */
export interface StoredDocument<T> {
  fields: T;
  updated: number;
}

/** A document, `undefined` when there is none, or `'unreadable'`. */
export async function getDocument<T>(
  id: string,
): Promise<StoredDocument<T> | undefined | 'unreadable'> {
  const row = await documents.row(id);
  if (!row) return undefined;
  const fields = await openDoc<T>(row);
  return fields === undefined ? 'unreadable' : { fields, updated: row.updated };
}
