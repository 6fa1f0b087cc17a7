import { db } from '../db/db';
import {
  isClearDocumentId,
  makeDocumentIdMap,
  setDocumentIdMap,
  workOnStoredDocumentIds,
  type DocumentIdMap,
} from '../db/documentIds';
import type { SealedRecord } from '../db/types';
import { open, randomBytes, seal, SealError } from './crypto';
import { useVaultStore } from './vaultStore';

// The journal's id secret (db/documentIds.ts): one record, sealed under the data key like every
// other, so a new data key seals it again with the rest (KEYED_TABLES) and the ids never change.
const TABLE = 'idKeys';
const ID = 'documents';
const SECRET_BYTES = 32;

interface SecretFields {
  secret: number[];
}

function secretOf(fields: unknown): Uint8Array<ArrayBuffer> {
  const secret = (fields as Partial<SecretFields> | null)?.secret;
  if (
    !Array.isArray(secret) ||
    secret.length !== SECRET_BYTES ||
    !secret.every((byte) => Number.isInteger(byte) && byte >= 0 && byte <= 255)
  ) {
    throw new SealError('The journal’s document key is damaged.');
  }
  return new Uint8Array(secret);
}

/** Gives every document a journal kept under its readable id the opaque one. The sealed words
 * stay as they are: their additional data names the readable id, which is still what every
 * reader asks for. */
async function renameClearDocuments(map: DocumentIdMap): Promise<void> {
  workOnStoredDocumentIds();
  // Asked on every start, before the first screen: the ids alone, not every document's words.
  const ids = (await db.documents.toCollection().primaryKeys()) as string[];
  const clearIds = ids.filter(isClearDocumentId);
  if (clearIds.length === 0) return;
  const clear = (await db.documents.bulkGet(clearIds)).filter((row) => row !== undefined);
  await db.documents.bulkPut(clear.map((row) => ({ ...row, id: map.toStored(row.id) })));
  await db.documents.bulkDelete(clear.map((row) => row.id));
}

/**
 * Reads (or, on a journal's first start with this version, makes) the id secret with the data
 * key, and loads its map for the documents table. Making it renames every document a journal
 * already holds in the same transaction, so another tab sees either the old journal or the
 * renamed one with its secret; the tab that comes second takes the first one's secret. Called
 * before the vault says it is open, so no document is read or written without the map.
 */
export async function loadDocumentIds(key: CryptoKey, now = Date.now()): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const row = await db.idKeys.get(ID);
    if (row) {
      const secret = secretOf(await open<unknown>(key, TABLE, ID, row.sealed));
      const map = await makeDocumentIdMap(secret);
      // A journal whose documents were put back under readable ids (none should be): rename.
      await db.transaction('rw', db.documents, () => renameClearDocuments(map));
      setDocumentIdMap(map);
      return;
    }
    const secret = randomBytes(SECRET_BYTES);
    const fields: SecretFields = { secret: [...secret] };
    const sealed = await seal(key, TABLE, ID, fields);
    const map = await makeDocumentIdMap(secret);
    const made = await db.transaction('rw', db.idKeys, db.documents, async () => {
      if (await db.idKeys.get(ID)) return false;
      const record: SealedRecord = { id: ID, created: now, updated: now, sealed };
      await db.idKeys.put(record);
      await renameClearDocuments(map);
      return true;
    });
    if (made) {
      setDocumentIdMap(map);
      return;
    }
  }
  throw new Error('The journal’s document key could not be read.');
}

// The map leaves memory with the key: a locked journal reads and writes no document.
useVaultStore.subscribe((state) => {
  if (state.status !== 'open') setDocumentIdMap(null);
});
