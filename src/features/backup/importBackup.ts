import { decryptBackup } from './backupCrypto';
import type { BackupDocument, EncryptedBackup } from './format';
import { ImportError } from './importErrors';
import { parseBackupText, parseDecryptedText, type ParsedBackup } from './parseBackup';

/** Files larger than this are refused before being read: more than any journal could be. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Reads a chosen file and checks all of it. `available` is the space the browser reports free
 * for this site (navigator.storage.estimate), when it reports one: a file needs about as much
 * room again once sealed, so a file larger than that is refused before it is read.
 */
export async function readBackupFile(file: Blob, available?: number): Promise<ParsedBackup> {
  if (file.size > MAX_FILE_BYTES || (available !== undefined && file.size > available)) {
    throw new ImportError('too-large');
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    throw new ImportError('not-json');
  }
  return parseBackupText(text);
}

export async function openEncryptedBackup(
  envelope: EncryptedBackup,
  passphrase: string,
): Promise<BackupDocument> {
  const text = await decryptBackup(envelope, passphrase);
  return parseDecryptedText(text);
}

export { ImportError };
