import { db, KEYED_TABLES, type KeyedTableName } from '../../db/db';
import type { PassphraseKdf, SealedRecord } from '../../db/types';
import {
  exportDataKey,
  generateDataKey,
  importDataKey,
  open,
  SealError,
  unwrapDataKey,
  wrapDataKey,
} from '../../core/crypto';
import { resealed, sameVersion } from '../../core/sealedStore';
import { newId } from '../../lib/ids';
import {
  bytesRow,
  isLegacy,
  KeyChangedError,
  readDataRow,
  type NewKey,
  type StoredDataRow,
} from './keyRepo';

// Changing the key: setting a lock, changing or removing the passphrase, moving an old journal to
// a new key. Kept apart from keyRepo.ts (opening the key at start-up), so the first screen's
// code does not carry it; with keyRepo.ts the only modules that touch the `keys` table.

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
        const after = await resealed(table, row, oldKey, newKey);
        return after && { table, before: row, after };
      }),
    );
    for (const item of chunk) if (item) done.push(item);
  }
  return done;
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
      if (!sameVersion(row.sealed, was.sealed)) return false;
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
      const after = await resealed(table, row, oldKey, newKey);
      if (after) stragglers.push({ table, before: row, after });
    }
  }
  if (stragglers.length === 0) return 0;
  await db.transaction('rw', [...KEYED_TABLES], async () => {
    for (const { table, before, after } of stragglers) {
      const now = (await db.table(table).get(before.id)) as SealedRecord | undefined;
      // Written again meanwhile (by a tab that now holds the new key): leave it.
      if (now?.sealed && sameVersion(now.sealed, before.sealed)) await db.table(table).put(after);
    }
  });
  return stragglers.length;
}
