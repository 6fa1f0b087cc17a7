import { describe, expect, it } from 'vitest';
import type { PassphraseKdf } from '../../src/db/types';
import { unwrapDataKey, wrapDataKey } from '../../src/core/crypto';
import {
  deriveKek,
  deriveKekBits,
  KDF_ITERATIONS,
  newKdf,
} from '../../src/features/vault/passphrase';

const hex = (bytes: Uint8Array | ArrayBuffer) =>
  Buffer.from(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes).toString('hex');
const fromHex = (text: string) => new Uint8Array(Buffer.from(text, 'hex'));

// A fixed passphrase (with a non-ASCII letter, so the encoding is part of the answer), salt
// 00 01 … 0f and the shipped iteration count. The expected values were computed once with
// Node's own OpenSSL PBKDF2 and AES-256-GCM (node:crypto), independently of WebCrypto.
const PASSPHRASE = 'correct horse battery staple — é';
const KDF: PassphraseKdf = {
  name: 'PBKDF2',
  hash: 'SHA-256',
  iterations: 1_000_000,
  salt: Uint8Array.from({ length: 16 }, (_, i) => i),
};
const KEK_BITS = '2869a3c33f37a40dd7323853c207b954c1db47d4f737d289ef8491f76bd75b06';
/** Data key 01 02 … 20 wrapped with that KEK, IV a0 … ab, additional data "stepwork:data-key". */
const RAW_DATA_KEY = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const WRAP_IV = Uint8Array.from({ length: 12 }, (_, i) => 0xa0 + i);
const WRAPPED =
  'b7a4f725d2684a94f41009ec415728b114319e3e6f605754b30c81f5203396daee588e5361ad080385ff36a8cac50a88';

describe('the passphrase key derivation', () => {
  it('ships PBKDF2-SHA256 with at least 600,000 iterations and a fresh 16-byte salt', () => {
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const a = newKdf();
    const b = newKdf();
    expect(a).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: KDF_ITERATIONS });
    expect(a.salt.byteLength).toBe(16);
    expect(hex(a.salt)).not.toBe(hex(b.salt));
  });

  it('derives the known bits for a fixed passphrase, salt and iteration count', async () => {
    expect(hex(await deriveKekBits(PASSPHRASE, KDF))).toBe(KEK_BITS);
  });

  it('matches the published PBKDF2-HMAC-SHA256 vector ("password", "salt", 1 iteration)', async () => {
    const kdf: PassphraseKdf = { ...KDF, iterations: 1, salt: new TextEncoder().encode('salt') };
    expect(hex(await deriveKekBits('password', kdf))).toBe(
      '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b',
    );
  });

  it('treats the same letter typed two ways as the same passphrase', async () => {
    const kdf = { ...KDF, iterations: 1000 };
    const composed = 'caf\u00e9 at dawn';
    const decomposed = 'cafe\u0301 at dawn';
    expect(hex(await deriveKekBits(decomposed, kdf))).toBe(hex(await deriveKekBits(composed, kdf)));
    expect(hex(await deriveKekBits('cafe at dawn', kdf))).not.toBe(
      hex(await deriveKekBits(composed, kdf)),
    );
  });

  it('gives a key that cannot be exported and can only wrap and unwrap', async () => {
    const kek = await deriveKek(PASSPHRASE, { ...KDF, iterations: 1000 });
    expect(kek.extractable).toBe(false);
    expect([...kek.usages].sort()).toEqual(['unwrapKey', 'wrapKey']);
  });
});

describe('wrapping the data key with the passphrase key', () => {
  it('opens the known wrapped key to the known data key', async () => {
    const kek = await deriveKek(PASSPHRASE, KDF);
    const key = await unwrapDataKey(fromHex(WRAPPED).buffer, WRAP_IV, kek, true);
    expect(hex(await crypto.subtle.exportKey('raw', key))).toBe(hex(RAW_DATA_KEY));
  });

  it('round-trips a data key through wrap and unwrap', async () => {
    const kek = await deriveKek(PASSPHRASE, { ...KDF, iterations: 1000 });
    const dataKey = await crypto.subtle.importKey('raw', RAW_DATA_KEY, 'AES-GCM', true, [
      'encrypt',
      'decrypt',
    ]);
    const { iv, wrapped } = await wrapDataKey(dataKey, kek);
    expect(hex(wrapped)).not.toContain(hex(RAW_DATA_KEY));
    const back = await unwrapDataKey(wrapped, iv, kek, true);
    expect(hex(await crypto.subtle.exportKey('raw', back))).toBe(hex(RAW_DATA_KEY));
  });
});
