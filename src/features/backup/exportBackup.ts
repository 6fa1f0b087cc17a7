import { db } from '../../db/db';
import { readJournal, type Progress } from './backupRepo';
import { encryptBackup, type EncryptOptions } from './backupCrypto';
import { BACKUP_FORMAT, BACKUP_VERSION, countOwnRecords, type BackupDocument } from './format';

export interface ExportResult {
  /** The file's text, ready to save. */
  text: string;
  /** Records that could not be opened on this device, and so are not in the file. */
  unreadable: number;
  records: number;
}

/**
 * The whole journal as one backup file. With a passphrase (the default in the app), only the
 * key derivation parameters are readable; without one, everything is plain JSON.
 */
export async function exportBackup(
  options: { passphrase?: string; now?: number; onProgress?: Progress } & EncryptOptions = {},
): Promise<ExportResult> {
  const { journal, unreadable } = await readJournal(options.onProgress);
  const document: BackupDocument = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: options.now ?? Date.now(),
    schema: db.verno,
    encrypted: false,
    journal,
  };
  const records = countOwnRecords(journal);
  const plain = JSON.stringify(document);
  if (options.passphrase === undefined) return { text: plain, unreadable, records };
  const envelope = await encryptBackup(plain, options.passphrase, options);
  return { text: JSON.stringify(envelope), unreadable, records };
}

/** A file name that sorts by date and says what it is, without any of the journal's words. */
export function backupFileName(encrypted: boolean, now = new Date()): string {
  const day = now.toLocaleDateString('sv');
  return encrypted ? `stepwork-backup-${day}.json` : `stepwork-backup-${day}-not-encrypted.json`;
}
