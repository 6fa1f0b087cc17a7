import { msg } from '../../core/i18n/language';
import { db } from '../../db/db';
import type { KeyRow, LegacyKeyRow } from '../../db/types';
import { readKeyBytesInWorker, workersAvailable, type KeyBytesReply } from './keyBytes';
import { newId } from '../../lib/ids';
import {
  exportDataKey,
  generateDataKey,
  importDataKey,
  SealError,
  unwrapDataKey,
} from '../../core/crypto';

// With keyRotationRepo.ts (changing the key), the only module that reads or writes the `keys`
// table (DESIGN.md rule 1). Why the key bytes
// live in Blobs: src/db/types.ts, KeyRow.

export type LegacyDataRow = Extract<LegacyKeyRow, { id: 'data' }>;
type DataRow = Extract<KeyRow, { id: 'data' }>;
type BytesRow = Extract<KeyRow, { id: 'bytes' }>;
export type StoredDataRow = DataRow | LegacyDataRow;
export type PassphraseRow = Extract<KeyRow, { form: 'passphrase' }>;
/** A key as it is written: what the page reads, and the bytes only a worker reads back. */
export interface NewKey {
  data: DataRow;
  bytes: BytesRow;
}

/** The lock was changed in another window while this one worked on it. */
export class KeyChangedError extends Error {
  constructor() {
    super(
      msg('The lock was changed in another window. Nothing was changed here; please try again.'),
    );
    this.name = 'KeyChangedError';
  }
}

/** The row that says which key there is and how it is kept; never its bytes. */
export async function readDataRow(): Promise<StoredDataRow | undefined> {
  return (await db.keys.get('data')) as StoredDataRow | undefined;
}

export function isLegacy(row: StoredDataRow): row is LegacyDataRow {
  return 'wrappedBy' in row;
}

export function isLockedRow(row: StoredDataRow | undefined): boolean {
  if (!row) return false;
  return isLegacy(row) ? row.wrappedBy === 'passphrase' : row.form === 'passphrase';
}

export async function isLockSet(): Promise<boolean> {
  return isLockedRow(await readDataRow());
}

/** The device key of a journal from before keys moved into Blobs, if one is still stored. */
export async function readLegacyDeviceKey(): Promise<CryptoKey | undefined> {
  const row = (await db.keys.get('device')) as LegacyKeyRow | undefined;
  return row?.id === 'device' ? row.key : undefined;
}

export function bytesRow(keyId: string, bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): BytesRow {
  return { id: 'bytes', keyId, blob: new Blob([bytes]) };
}

export async function plainRow(dataKey: CryptoKey): Promise<NewKey> {
  const keyId = newId();
  return {
    data: { id: 'data', form: 'plain', keyId },
    bytes: bytesRow(keyId, await exportDataKey(dataKey)),
  };
}

/** Where there are no workers (the unit tests' Node and jsdom), the page reads the row itself. */
async function readKeyBytesHere(): Promise<KeyBytesReply> {
  const row = (await db.keys.get('bytes')) as BytesRow | undefined;
  if (!row) return { missing: true };
  return { keyId: row.keyId, bytes: await row.blob.arrayBuffer() };
}

/** The bytes of the key `row` names; SealError when they are missing or belong to another. */
async function readKeyBytes(row: DataRow): Promise<ArrayBuffer> {
  let reply: KeyBytesReply;
  try {
    reply = await (workersAvailable() ? readKeyBytesInWorker() : readKeyBytesHere());
  } catch {
    throw new SealError('The key could not be read.');
  }
  if ('keyId' in reply && reply.keyId === row.keyId) return reply.bytes;
  throw new SealError('The key could not be read.');
}

/** The session key from a row without a lock. */
export async function openPlainRow(row: Extract<KeyRow, { form: 'plain' }>, extractable = false) {
  return importDataKey(await readKeyBytes(row), extractable);
}

/** The data key from a locked row, with the passphrase's key; SealError when it does not open. */
export async function openLockedRow(
  row: PassphraseRow | Extract<LegacyDataRow, { wrappedBy: 'passphrase' }>,
  kek: CryptoKey,
  extractable = false,
): Promise<CryptoKey> {
  if ('wrappedBy' in row) return unwrapDataKey(row.wrapped, row.iv, kek, extractable);
  const bytes = await readKeyBytes(row);
  return unwrapDataKey(bytes.slice(12), new Uint8Array(bytes.slice(0, 12)), kek, extractable);
}

/** The first key of a new journal. Two tabs starting at once agree on one: the second keeps
 * what the first wrote. */
export async function createFirstKey(): Promise<StoredDataRow> {
  // Made outside the transaction: IndexedDB closes a transaction while it waits on WebCrypto.
  const fresh = await plainRow(await generateDataKey(true));
  return db.transaction('rw', db.keys, async () => {
    const raced = await readDataRow();
    if (raced) return raced;
    await db.keys.bulkPut([fresh.data, fresh.bytes]);
    return fresh.data;
  });
}
