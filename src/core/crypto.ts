import type { Sealed } from '../db/types';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Raised when a sealed value cannot be opened: wrong key, or bytes changed on disk. */
export class SealError extends Error {
  constructor(
    message = 'This record could not be opened. It may have been changed outside Stepwork.',
  ) {
    super(message);
    this.name = 'SealError';
  }
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** A fresh data key. Extractable only when it must be wrapped right away; the key used for
 * everyday sealing is always a non-extractable unwrap of the stored copy. */
export function generateDataKey(extractable: boolean): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, extractable, [
    'encrypt',
    'decrypt',
  ]);
}

/** A key that only wraps and unwraps (the passphrase's key has the same shape). */
export function generateWrappingKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'wrapKey',
    'unwrapKey',
  ]);
}

/** The data key for everyday sealing, from its raw bytes: never extractable again. */
export function importDataKey(raw: ArrayBuffer, extractable = false): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, extractable, [
    'encrypt',
    'decrypt',
  ]);
}

export function exportDataKey(key: CryptoKey): Promise<ArrayBuffer> {
  return crypto.subtle.exportKey('raw', key);
}

/** The table and id are bound in as additional data, so a ciphertext moved to another record
 * (or another table) fails to open instead of showing someone else's words. */
function additionalData(table: string, id: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(`stepwork:${table}:${id}`);
}

export async function seal(
  key: CryptoKey,
  table: string,
  id: string,
  value: unknown,
): Promise<Sealed> {
  const iv = randomBytes(12);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(table, id) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, data };
}

export async function open<T>(
  key: CryptoKey,
  table: string,
  id: string,
  sealed: Sealed,
): Promise<T> {
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: toBuffer(sealed.iv), additionalData: additionalData(table, id) },
      key,
      toBuffer(sealed.data),
    );
  } catch {
    throw new SealError();
  }
  try {
    return JSON.parse(decoder.decode(plain)) as T;
  } catch {
    throw new SealError();
  }
}

export async function wrapDataKey(
  dataKey: CryptoKey,
  wrappingKey: CryptoKey,
): Promise<{ iv: Uint8Array; wrapped: ArrayBuffer }> {
  const iv = randomBytes(12);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, {
    name: 'AES-GCM',
    iv,
    additionalData: encoder.encode('stepwork:data-key'),
  });
  return { iv, wrapped };
}

export async function unwrapDataKey(
  wrapped: ArrayBuffer,
  iv: Uint8Array,
  wrappingKey: CryptoKey,
  extractable = false,
): Promise<CryptoKey> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      toBuffer(wrapped),
      wrappingKey,
      { name: 'AES-GCM', iv: toBuffer(iv), additionalData: encoder.encode('stepwork:data-key') },
      { name: 'AES-GCM', length: 256 },
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch {
    throw new SealError('The key could not be opened.');
  }
}

/** IndexedDB can hand back typed arrays from another realm (in tests, and in some browsers);
 * only those are copied into this realm's types, since a copy of every record's bytes is most of
 * the cost of opening a large journal. */
function toBuffer(bytes: Uint8Array | ArrayBuffer): Uint8Array<ArrayBuffer> | ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  if (bytes instanceof Uint8Array && bytes.buffer instanceof ArrayBuffer) {
    return bytes as Uint8Array<ArrayBuffer>;
  }
  return ArrayBuffer.isView(bytes)
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice()
    : new Uint8Array(bytes).slice();
}
