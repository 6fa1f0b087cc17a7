import { db, KEYED_TABLES, type KeyedTableName } from '../../db/db';
import type { KeyRow, LegacyKeyRow, PassphraseKdf, SealedRecord } from '../../db/types';
import { readKeyBytesInWorker, workersAvailable, type KeyBytesReply } from './keyBytes';
import { newId } from '../../lib/ids';
import {
  exportDataKey,
  generateDataKey,
  importDataKey,
  open,
  seal,
  SealError,
  unwrapDataKey,
  wrapDataKey,
} from '../../core/crypto';

// The only module that reads or writes the `keys` table (DESIGN.md rule 1). Why the key bytes
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
    super('The lock was changed in another window. Nothing was changed here; please try again.');
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

/** The device key of a journal from before keys moved into Blobs, if one is still stored. */
export async function readLegacyDeviceKey(): Promise<CryptoKey | undefined> {
  const row = (await db.keys.get('device')) as LegacyKeyRow | undefined;
  return row?.id === 'device' ? row.key : undefined;
}

function bytesRow(keyId: string, bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): BytesRow {
  return { id: 'bytes', keyId, blob: new Blob([bytes]) };
}

export async function plainRow(dataKey: CryptoKey): Promise<NewKey> {
  const keyId = newId();
  return {
    data: { id: 'data', form: 'plain', keyId },
    bytes: bytesRow(keyId, await exportDataKey(dataKey)),
  };
}

/** Wraps an extractable data key with a passphrase's key and checks the result opens, since the
 * copy it replaces is about to be deleted. */
export async function passphraseRow(
  dataKey: CryptoKey,
  kek: CryptoKey,
  kdf: PassphraseKdf,
): Promise<NewKey> {
  const { iv, wrapped } = await wrapDataKey(dataKey, kek);
  await unwrapDataKey(wrapped, iv, kek);
  const bytes = new Uint8Array(iv.byteLength + wrapped.byteLength);
  bytes.set(iv, 0);
  bytes.set(new Uint8Array(wrapped), iv.byteLength);
  const keyId = newId();
  return { data: { id: 'data', form: 'passphrase', keyId, kdf }, bytes: bytesRow(keyId, bytes) };
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

function sameRow(a: StoredDataRow | undefined, b: StoredDataRow): boolean {
  if (!a) return false;
  if (isLegacy(a) || isLegacy(b)) {
    if (!isLegacy(a) || !isLegacy(b)) return false;
    const x = new Uint8Array(a.wrapped);
    const y = new Uint8Array(b.wrapped);
    return x.length === y.length && x.every((byte, i) => byte === y[i]);
  }
  return a.keyId === b.keyId;
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

/** Replaces the key row, unless another tab changed it since `before` was read. Every other
 * row (a legacy device key) goes with it. */
export async function replaceKeyRow(before: StoredDataRow, next: NewKey): Promise<void> {
  await db.transaction('rw', db.keys, async () => {
    if (!sameRow(await readDataRow(), before)) throw new KeyChangedError();
    await db.keys.clear();
    await db.keys.bulkPut([next.data, next.bytes]);
  });
}

interface Resealed {
  table: KeyedTableName;
  before: SealedRecord;
  after: SealedRecord;
}

const CHUNK = 500;
const ATTEMPTS = 3;

async function readEverything(): Promise<Map<KeyedTableName, SealedRecord[]>> {
  return db.transaction('r', [...KEYED_TABLES], async () => {
    const tables = await Promise.all(
      KEYED_TABLES.map(
        async (table) => [table, (await db.table(table).toArray()) as SealedRecord[]] as const,
      ),
    );
    return new Map(tables);
  });
}

/** Opens each record with the old key and seals it with the new one. A record the old key
 * cannot open stays exactly as it is: it was damaged before, and is shown so. */
async function resealAll(
  everything: Map<KeyedTableName, SealedRecord[]>,
  oldKey: CryptoKey,
  newKey: CryptoKey,
): Promise<Resealed[]> {
  const work: { table: KeyedTableName; row: SealedRecord }[] = [];
  for (const [table, rows] of everything) {
    for (const row of rows) if (row.sealed) work.push({ table, row });
  }
  const done: Resealed[] = [];
  for (let i = 0; i < work.length; i += CHUNK) {
    const chunk = await Promise.all(
      work.slice(i, i + CHUNK).map(async ({ table, row }) => {
        try {
          const fields = await open<unknown>(oldKey, table, row.id, row.sealed);
          const sealed = await seal(newKey, table, row.id, fields);
          return { table, before: row, after: { ...row, sealed } };
        } catch (error) {
          if (error instanceof SealError) return undefined;
          throw error;
        }
      }),
    );
    for (const item of chunk) if (item) done.push(item);
  }
  return done;
}

function sameBytes(a: Uint8Array | ArrayBuffer, b: Uint8Array | ArrayBuffer): boolean {
  const x = a instanceof Uint8Array ? a : new Uint8Array(a);
  const y = b instanceof Uint8Array ? b : new Uint8Array(b);
  return x.length === y.length && x.every((byte, i) => byte === y[i]);
}

/** True when the tables hold exactly the records (and versions) that were read. */
async function unchangedSince(everything: Map<KeyedTableName, SealedRecord[]>): Promise<boolean> {
  for (const [table, rows] of everything) {
    const now = (await db.table(table).toArray()) as SealedRecord[];
    if (now.length !== rows.length) return false;
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const row of now) {
      const was = byId.get(row.id);
      if (!was) return false;
      if (!row.sealed !== !was.sealed) return false;
      if (row.sealed && was.sealed && !sameBytes(row.sealed.iv, was.sealed.iv)) return false;
    }
  }
  return true;
}

/**
 * Seals every record again under a brand-new data key and stores that key as `makeRow` says,
 * all in one transaction: no record is ever left under a key the stored row cannot open. Used
 * when a lock is set and when the passphrase changes, so that no copy of the old key material
 * (which may linger in the browser's files) opens anything written before or after.
 * Returns the new session key (not extractable).
 *
 * A write from another tab that lands in between is noticed and the whole pass runs again; one
 * that another tab seals with the old key after the switch (it was told to let go of it, but may
 * have been saving) is sealed again a few seconds later by `sweepStragglers`.
 */
export async function rotateDataKey(
  oldKey: CryptoKey,
  before: StoredDataRow,
  makeRow: (fresh: CryptoKey) => Promise<NewKey>,
): Promise<{ sessionKey: CryptoKey; sweep: () => Promise<number> }> {
  const fresh = await generateDataKey(true);
  const next = await makeRow(fresh);
  const sessionKey = await importDataKey(await exportDataKey(fresh));
  const started = Date.now();
  for (let attempt = 1; ; attempt += 1) {
    const everything = await readEverything();
    const resealed = await resealAll(everything, oldKey, sessionKey);
    const committed = await db.transaction('rw', [...KEYED_TABLES, 'keys'], async () => {
      if (!sameRow(await readDataRow(), before)) throw new KeyChangedError();
      if (!(await unchangedSince(everything))) return false;
      const byTable = new Map<KeyedTableName, SealedRecord[]>();
      for (const { table, after } of resealed) {
        const rows = byTable.get(table);
        if (rows) rows.push(after);
        else byTable.set(table, [after]);
      }
      for (const [table, rows] of byTable) await db.table(table).bulkPut(rows);
      await db.keys.clear();
      await db.keys.bulkPut([next.data, next.bytes]);
      return true;
    });
    if (committed) break;
    if (attempt >= ATTEMPTS) throw new KeyChangedError();
  }
  return { sessionKey, sweep: () => sweepStragglers(oldKey, sessionKey, started) };
}

/**
 * Seals again, under the new key, any record written since `since` that only the old key opens
 * (a last save from another tab that still held it). Returns how many it found.
 */
export async function sweepStragglers(
  oldKey: CryptoKey,
  newKey: CryptoKey,
  since: number,
): Promise<number> {
  // The page may have closed the journal meanwhile (a failure screen, a replaced database).
  if (!db.isOpen()) return 0;
  const everything = await readEverything();
  const stragglers: Resealed[] = [];
  for (const [table, rows] of everything) {
    for (const row of rows) {
      if (!row.sealed || row.updated < since) continue;
      try {
        await open(newKey, table, row.id, row.sealed);
        continue;
      } catch (error) {
        if (!(error instanceof SealError)) throw error;
      }
      try {
        const fields = await open<unknown>(oldKey, table, row.id, row.sealed);
        stragglers.push({
          table,
          before: row,
          after: { ...row, sealed: await seal(newKey, table, row.id, fields) },
        });
      } catch (error) {
        if (!(error instanceof SealError)) throw error;
      }
    }
  }
  if (stragglers.length === 0) return 0;
  await db.transaction('rw', [...KEYED_TABLES], async () => {
    for (const { table, before, after } of stragglers) {
      const now = (await db.table(table).get(before.id)) as SealedRecord | undefined;
      // Written again meanwhile (by a tab that now holds the new key): leave it.
      if (now?.sealed && sameBytes(now.sealed.iv, before.sealed.iv))
        await db.table(table).put(after);
    }
  });
  return stragglers.length;
}
