import { loadDocumentIds } from './documentIdsRepo';
import { sealMovedFields } from './sealedFieldsRepo';

/**
 * What needs the data key before the vault says the journal is open (at start-up without a
 * lock, at unlock, when a lock is removed on the lock screen): the map that keeps document ids
 * opaque, and the one-time sealing of what older versions kept in the clear. Nothing reads or
 * writes a document before it is done.
 */
export async function beforeJournalOpens(key: CryptoKey): Promise<void> {
  await loadDocumentIds(key);
  await sealMovedFields(key);
}
