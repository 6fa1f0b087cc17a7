import type { PassphraseKdf } from '../../db/types';
import { randomBytes } from '../../core/crypto';

/**
 * PBKDF2-SHA256 through WebCrypto, 1,000,000 iterations: above OWASP's 600,000 floor, about
 * 120 ms in Chromium on this project's 2-core test machine, so a slower phone still unlocks in
 * well under a second. Argon2id would resist GPUs better but needs WebAssembly, which the CSP
 * does not allow ('wasm-unsafe-eval'); see the README section "The passphrase lock".
 * Stored with each lock, so raising it later leaves older locks working.
 */
export const KDF_ITERATIONS = 1_000_000;
const SALT_BYTES = 16;
export const MIN_PASSPHRASE_CHARS = 8;

/** Thrown when a passphrase does not open the data key. Says nothing about why. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('That passphrase did not open your journal.');
    this.name = 'WrongPassphraseError';
  }
}

export function newKdf(iterations = KDF_ITERATIONS): PassphraseKdf {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: randomBytes(SALT_BYTES) };
}

/** The same passphrase typed on another keyboard can arrive as other code points (é as one
 * character or as e + accent); NFC makes both the same bytes. Spaces are kept: they are part of
 * what the person chose. */
function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(passphrase.normalize('NFC'));
}

function pbkdf2(kdf: PassphraseKdf): Pbkdf2Params {
  return {
    name: 'PBKDF2',
    hash: kdf.hash,
    iterations: kdf.iterations,
    salt: new Uint8Array(kdf.salt).slice(),
  };
}

async function baseKey(passphrase: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, [
    'deriveKey',
    'deriveBits',
  ]);
}

/** The key-encryption key: an AES-GCM key that can only wrap and unwrap, never be exported. */
export async function deriveKek(passphrase: string, kdf: PassphraseKdf): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    pbkdf2(kdf),
    await baseKey(passphrase),
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** The same derivation as raw bits, for the known-answer tests only. */
export async function deriveKekBits(passphrase: string, kdf: PassphraseKdf): Promise<Uint8Array> {
  return new Uint8Array(
    await crypto.subtle.deriveBits(pbkdf2(kdf), await baseKey(passphrase), 256),
  );
}
