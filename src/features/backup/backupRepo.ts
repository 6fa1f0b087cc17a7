import { db } from '../../db/db';
import type { SealedRecord } from '../../db/types';
import { MOVED_INTO_WORDS } from '../../db/sealedShapes';
import { anyRecords } from '../../core/sealedStore';
import {
  BACKUP_TABLES,
  DERIVED_DOCUMENTS,
  type BackupJournal,
  type BackupRecord,
  type BackupSetting,
  type BackupTable,
} from './format';
import { isPortableSetting } from './portableSettings';

// Reading the journal for a backup (DESIGN.md rule 1: with importRepo.ts, the only backup
// modules that touch Dexie). Records are opened outside transactions (WebCrypto closes them).

export type Progress = (done: number, total: number) => void;

export const CHUNK = 500;
export const derived = new Set<string>(DERIVED_DOCUMENTS);

/** Opens rows in chunks, so a large journal reports progress and never holds 12,000 pending
 * decryptions at once. A row that cannot be opened is counted, not thrown. */
async function openRows(
  table: BackupTable,
  rows: SealedRecord[],
  tick: (count: number) => void,
): Promise<{ records: BackupRecord[]; unreadable: number }> {
  const records: BackupRecord[] = [];
  const store = anyRecords(table);
  let unreadable = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const opened = await Promise.all(
      chunk.map(async (row) => {
        const fields = await store.words(row);
        return fields && toRecord(table, row, fields);
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

/** A row as a backup file holds it. A field the database keeps sealed but the file shows in
 * the clear (an amends item's status: MOVED_INTO_WORDS) comes out of the words here. */
export function toRecord(table: BackupTable, row: SealedRecord, fields: unknown): BackupRecord {
  const clear: Record<string, unknown> = { ...row };
  delete clear.sealed;
  const moved = MOVED_INTO_WORDS[table];
  if (!moved || !fields || typeof fields !== 'object') {
    return { ...(clear as Omit<SealedRecord, 'sealed'>), fields };
  }
  const words = { ...(fields as Record<string, unknown>) };
  for (const name of moved) {
    if (Object.hasOwn(words, name)) clear[name] = words[name];
    delete words[name];
  }
  return { ...(clear as Omit<SealedRecord, 'sealed'>), fields: words };
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

/** How many records of each kind this device holds (the storage view and the reminder), counted
 * as a backup counts them: a cache rebuilt from other records is not one. */
export async function countRecords(): Promise<Record<BackupTable, number>> {
  const counts = await db.transaction('r', BACKUP_TABLES, () =>
    Promise.all(
      BACKUP_TABLES.map(async (table) => {
        const all = await db.table(table).count();
        if (table !== 'documents') return all;
        const caches = await db.documents.bulkGet([...derived]);
        return all - caches.filter(Boolean).length;
      }),
    ),
  );
  return Object.fromEntries(BACKUP_TABLES.map((table, i) => [table, counts[i]!])) as Record<
    BackupTable,
    number
  >;
}
