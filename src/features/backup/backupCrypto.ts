import {
  generateDataKey,
  randomBytes,
  SealError,
  unwrapDataKey,
  wrapDataKey,
} from '../../core/crypto';
import { deriveKek, KDF_ITERATIONS, newKdf } from '../vault';
import { fromBase64, toBase64 } from './base64';
import { BACKUP_FORMAT, BACKUP_VERSION, type EncryptedBackup } from './format';
import { ImportError } from './importErrors';

// A backup is encrypted with a random file key; the passphrase chosen at export derives (with
// the lock's own PBKDF2 helper) a key that wraps it. Reusing the vault's derivation keeps one
// reviewed path from passphrase to key, and the wrapped file key keeps the door open to more
// than one passphrase per file later without re-encrypting the journal.

const encoder = new TextEncoder();
/** Binds the ciphertext to this format, so it cannot be passed off as a sealed record. */
const AAD = encoder.encode(`${BACKUP_FORMAT}:v${BACKUP_VERSION}`);

export interface EncryptOptions {
  /** Tests use fewer iterations to stay quick; the app always uses the lock's count. */
  iterations?: number;
}

export async function encryptBackup(
  plainJson: string,
  passphrase: string,
  options: EncryptOptions = {},
): Promise<EncryptedBackup> {
  const kdf = newKdf(options.iterations ?? KDF_ITERATIONS);
  const kek = await deriveKek(passphrase, kdf);
  const fileKey = await generateDataKey(true);
  const { iv: keyIv, wrapped } = await wrapDataKey(fileKey, kek);
  const iv = randomBytes(12);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: AAD },
    fileKey,
    encoder.encode(plainJson),
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    encrypted: true,
    kdf: {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: kdf.iterations,
      salt: toBase64(kdf.salt),
    },
    key: { iv: toBase64(keyIv), wrapped: toBase64(new Uint8Array(wrapped)) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(new Uint8Array(data)),
  };
}

/** The JSON text inside an encrypted backup. A wrong passphrase cannot open the file key; a
 * right one that opens the key but not the data means the file was changed. */
export async function decryptBackup(
  envelope: EncryptedBackup,
  passphrase: string,
): Promise<string> {
  let salt: Uint8Array<ArrayBuffer>, keyIv, wrapped, iv, data;
  try {
    salt = fromBase64(envelope.kdf.salt);
    keyIv = fromBase64(envelope.key.iv);
    wrapped = fromBase64(envelope.key.wrapped);
    iv = fromBase64(envelope.cipher.iv);
    data = fromBase64(envelope.data);
  } catch {
    throw new ImportError('invalid', 'the encrypted part is not readable');
  }
  const kek = await deriveKek(passphrase, { ...envelope.kdf, salt });
  let fileKey: CryptoKey;
  try {
    fileKey = await unwrapDataKey(wrapped.buffer, keyIv, kek);
  } catch (error) {
    if (error instanceof SealError) throw new ImportError('wrong-passphrase');
    throw error;
  }
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: AAD },
      fileKey,
      data,
    );
    return new TextDecoder().decode(plain);
  } catch {
    // The passphrase was right (the file key opened), so the ciphertext itself was changed.
    throw new ImportError('damaged');
  }
}
