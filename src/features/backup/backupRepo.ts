import { db } from '../../db/db';
import type { SealedRecord } from '../../db/types';
import { errorName, isQuotaError } from '../../lib/errors';
import { forgetOpenedEntries } from '../journal/openedEntries';
import { SealError } from '../vault/crypto';
import { openFields, sealFields } from '../vault/sealing';
import {
  BACKUP_TABLES,
  DERIVED_DOCUMENTS,
  type BackupJournal,
  type BackupRecord,
  type BackupSetting,
  type BackupTable,
} from './format';
import { ImportError } from './importErrors';
import { isPortableSetting, PORTABLE_SETTINGS } from './portableSettings';
import { sameRecord } from './sameRecord';

// The only backup module that touches Dexie (DESIGN.md rule 1). Records are opened and sealed
// outside transactions (WebCrypto closes them); the import writes in one transaction.

export type Progress = (done: number, total: number) => void;

const CHUNK = 500;
const derived = new Set<string>(DERIVED_DOCUMENTS);

/** Opens rows in chunks, so a large journal reports progress and never holds 12,000 pending
 * decryptions at once. A row that cannot be opened is counted, not thrown. */
async function openRows(
  table: BackupTable,
  rows: SealedRecord[],
  tick: (count: number) => void,
): Promise<{ records: BackupRecord[]; unreadable: number }> {
  const records: BackupRecord[] = [];
  let unreadable = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const opened = await Promise.all(
      chunk.map(async (row) => {
        try {
          return toRecord(row, await openFields<unknown>(table, row));
        } catch (error) {
          if (error instanceof SealError) return undefined;
          throw error;
        }
      }),
    );
    for (const record of opened) {
      if (record) records.push(record);
      else unreadable += 1;
    }
    tick(chunk.length);
  }
  return { records, unreadable };
}

function toRecord(row: SealedRecord, fields: unknown): BackupRecord {
  const clear: Record<string, unknown> = { ...row };
  delete clear.sealed;
  return { ...(clear as Omit<SealedRecord, 'sealed'>), fields };
}

async function readRows(table: BackupTable): Promise<SealedRecord[]> {
  const rows = (await db.table(table).toArray()) as SealedRecord[];
  return table === 'documents' ? rows.filter((row) => !derived.has(row.id)) : rows;
}

/** Every record of every table, opened, and the portable settings. Records that cannot be
 * opened on this device are left out and counted in `unreadable`. */
export async function readJournal(
  onProgress: Progress = () => {},
): Promise<{ journal: BackupJournal; unreadable: number }> {
  const rowsByTable = await db.transaction('r', [...BACKUP_TABLES, 'settings'], async () => {
    const read = await Promise.all(BACKUP_TABLES.map(readRows));
    const settings = await db.settings.toArray();
    return { read, settings };
  });
  const total = rowsByTable.read.reduce((sum, rows) => sum + rows.length, 0);
  let done = 0;
  onProgress(0, total);
  const journal = { settings: [] as BackupSetting[] } as unknown as BackupJournal;
  let unreadable = 0;
  for (const [i, table] of BACKUP_TABLES.entries()) {
    const result = await openRows(table, rowsByTable.read[i]!, (count) => {
      done += count;
      onProgress(done, total);
    });
    journal[table] = result.records;
    unreadable += result.unreadable;
  }
  journal.settings = rowsByTable.settings
    .filter((row) => isPortableSetting(row.key, row.value))
    .map(({ key, value }) => ({ key, value }));
  return { journal, unreadable };
}

/** How many records of each kind this device holds (the storage view and the preview). */
export async function countRecords(): Promise<Record<BackupTable, number>> {
  const counts = await Promise.all(BACKUP_TABLES.map((table) => db.table(table).count()));
  return Object.fromEntries(BACKUP_TABLES.map((table, i) => [table, counts[i]!])) as Record<
    BackupTable,
    number
  >;
}

// ---- Import ----

/** Tables with one record per day, step or fixed id: a conflict there cannot be kept side by
 * side, so the newer of the two (by `updated`) is kept. */
const ONE_PER_IDENTITY = new Set<BackupTable>(['stepProgress', 'checkins', 'documents']);

/** Clear fields that name a record of another table, so side-by-side copies keep their links. */
const REFERENCES: Partial<Record<BackupTable, [field: string, table: BackupTable][]>> = {
  amends: [['inventoryItemId', 'inventoryItems']],
  letters: [['amendsId', 'amends']],
  goalLogs: [['goalId', 'goals']],
};

export type ImportMode = 'merge' | 'replace';

export interface TablePlan {
  /** In the file. */
  total: number;
  /** Not on this device: added. */
  added: number;
  /** Already here, word for word: skipped. */
  identical: number;
  /** Here with other words: kept side by side (a new id), or the newer kept where only one can be. */
  conflicting: number;
}

export interface ImportPlan {
  tables: Record<BackupTable, TablePlan>;
  /** Earliest and latest `created` in the file, or null for an empty file. */
  range: { from: number; to: number } | null;
  /** Records already on this device before the import. */
  existing: number;
  /** The rows to write on merge, already decided (ids given to side-by-side copies). */
  merge: { table: BackupTable; record: BackupRecord; replaces: boolean }[];
}

function identityOf(table: BackupTable, record: { id: string; day?: unknown; step?: unknown }) {
  if (table === 'checkins') return `day:${String(record.day)}`;
  if (table === 'stepProgress') return `step:${String(record.step)}`;
  return `id:${record.id}`;
}

/** Compares a file against this device and decides, record by record, what a merge would do.
 * Opens only the local records that share an identity with one in the file. */
export async function planImport(journal: BackupJournal): Promise<ImportPlan> {
  const tables = {} as Record<BackupTable, TablePlan>;
  const merge: ImportPlan['merge'] = [];
  let from = Infinity;
  let to = -Infinity;
  let existing = 0;
  const newIds = new Map<string, string>();
  const pending: { table: BackupTable; record: BackupRecord }[] = [];

  for (const table of BACKUP_TABLES) {
    const local = (await db.table(table).toArray()) as (SealedRecord & Record<string, unknown>)[];
    existing += local.length;
    const byIdentity = new Map(local.map((row) => [identityOf(table, row as never), row]));
    const plan: TablePlan = { total: 0, added: 0, identical: 0, conflicting: 0 };
    for (const record of journal[table]) {
      if (table === 'documents' && derived.has(record.id)) continue;
      plan.total += 1;
      from = Math.min(from, record.created);
      to = Math.max(to, record.created);
      const mine = byIdentity.get(identityOf(table, record as never));
      if (!mine) {
        plan.added += 1;
        pending.push({ table, record });
        continue;
      }
      let same = false;
      try {
        same = sameRecord(toRecord(mine, await openFields<unknown>(table, mine)), record);
      } catch (error) {
        if (!(error instanceof SealError)) throw error;
      }
      if (same) {
        plan.identical += 1;
        continue;
      }
      plan.conflicting += 1;
      if (ONE_PER_IDENTITY.has(table)) {
        // Only one can be stored; the newer words win, under this device's id for that day/step.
        if (record.updated > mine.updated) {
          merge.push({ table, record: { ...record, id: mine.id }, replaces: true });
        }
      } else {
        const id = crypto.randomUUID();
        newIds.set(`${table}:${record.id}`, id);
        pending.push({ table, record: { ...record, id } });
      }
    }
    tables[table] = plan;
  }
  // Links inside the file follow a record that was given a new id.
  for (const { table, record } of pending) {
    const links = REFERENCES[table] ?? [];
    let linked = record;
    for (const [field, target] of links) {
      const value = record[field];
      const moved = typeof value === 'string' ? newIds.get(`${target}:${value}`) : undefined;
      if (moved) linked = { ...linked, [field]: moved };
    }
    merge.push({ table, record: linked, replaces: false });
  }
  return {
    tables,
    range: Number.isFinite(from) ? { from, to } : null,
    existing,
    merge,
  };
}

async function sealRecords(
  items: { table: BackupTable; record: BackupRecord }[],
  tick: (count: number) => void,
) {
  const rows: { table: BackupTable; row: SealedRecord }[] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    const chunk = items.slice(i, i + CHUNK);
    rows.push(
      ...(await Promise.all(
        chunk.map(async ({ table, record }) => {
          const { fields, ...clear } = record;
          const sealed = await sealFields(table, record.id, fields);
          return { table, row: { ...clear, sealed } as SealedRecord };
        }),
      )),
    );
    tick(chunk.length);
  }
  return rows;
}

/**
 * Writes a checked file into the journal in one transaction: all of it or none of it.
 * `merge` adds what `planImport` decided; `replace` empties every table of a person's work
 * (never the keys) and writes the file's records. Every record is sealed with this device's key.
 */
export async function applyImport(
  journal: BackupJournal,
  mode: ImportMode,
  plan: ImportPlan,
  onProgress: Progress = () => {},
): Promise<void> {
  const items =
    mode === 'merge'
      ? plan.merge
      : BACKUP_TABLES.flatMap((table) =>
          journal[table]
            .filter((record) => !(table === 'documents' && derived.has(record.id)))
            .map((record) => ({ table, record, replaces: false })),
        );
  let done = 0;
  onProgress(0, items.length);
  let sealed: Awaited<ReturnType<typeof sealRecords>>;
  try {
    sealed = await sealRecords(items, (count) => {
      done += count;
      onProgress(done, items.length);
    });
  } catch (error) {
    // The journal can lock (auto-lock) while thousands of records are being sealed.
    throw importWriteError(error);
  }
  const byTable = new Map<BackupTable, SealedRecord[]>();
  const replacing = new Map<BackupTable, SealedRecord[]>();
  sealed.forEach(({ table, row }, i) => {
    const target = items[i]!.replaces ? replacing : byTable;
    const rows = target.get(table);
    if (rows) rows.push(row);
    else target.set(table, [row]);
  });
  const settings = journal.settings.filter(({ key, value }) => isPortableSetting(key, value));

  try {
    await db.transaction('rw', [...BACKUP_TABLES, 'settings'], async () => {
      if (mode === 'replace') {
        await Promise.all(BACKUP_TABLES.map((table) => db.table(table).clear()));
        await db.settings.bulkDelete(Object.keys(PORTABLE_SETTINGS));
        await db.settings.bulkPut(settings);
      } else {
        await db.documents.bulkDelete([...derived]);
        const known = new Set(
          (await db.settings.bulkGet(settings.map((s) => s.key))).map((row) => row?.key),
        );
        await db.settings.bulkPut(settings.filter((s) => !known.has(s.key)));
      }
      for (const [table, rows] of byTable) await db.table(table).bulkAdd(rows);
      for (const [table, rows] of replacing) await db.table(table).bulkPut(rows);
    });
  } catch (error) {
    throw importWriteError(error);
  }
  forgetOpenedEntries();
}

function importWriteError(error: unknown): unknown {
  if (isQuotaError(error)) return new ImportError('too-large');
  const names = [errorName(error), errorName((error as { inner?: unknown } | null)?.inner)];
  const failures = (error as { failures?: unknown[] } | null)?.failures ?? [];
  if (names.includes('ConstraintError') || names.includes('BulkError')) {
    if (failures.some(isQuotaError)) return new ImportError('too-large');
    return new ImportError('changed');
  }
  if (names.includes('LockedError')) return new ImportError('locked');
  return error;
}
