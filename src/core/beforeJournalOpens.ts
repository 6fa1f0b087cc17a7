import { loadDocumentIds } from './documentIdsRepo';
import { sealMovedFields } from './sealedFieldsRepo';
import { loadSealedSchemas } from './sealedSchemasLoader';

/**
 * What needs the data key before the vault says the journal is open (at start-up without a
 * lock, at unlock, when a lock is removed on the lock screen): the map that keeps document ids
 * opaque, and the one-time sealing of what older versions kept in the clear. Nothing reads or
 * writes a document before it is done. The records' schemas start loading here too, beside the
 * key's own reading, so the first record to open finds them in place (it waits for them
 * otherwise, and loads them again if this load failed).
 */
export async function beforeJournalOpens(key: CryptoKey): Promise<void> {
  loadSealedSchemas().catch(() => undefined);
  // Side by side: they touch different tables, and each waits on the database in turn.
  await Promise.all([loadDocumentIds(key), sealMovedFields(key)]);
}
