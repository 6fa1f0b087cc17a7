import { db } from '../../db/db';
import { bringingBackRecords } from '../../db/deletedRecords';
import type { SealedRecord } from '../../db/types';
import { errorName, isQuotaError } from '../../lib/errors';
import { forgetOpenedEntries } from '../../core/openedEntries';
import { useLanguageStore } from '../../core/i18n/language';
import { goalLogId } from '../today';
import { loadStepWords } from '../steps';
import { keptWithoutWords, MOVED_INTO_WORDS } from '../../db/sealedShapes';
import { sealFields } from '../../core/sealing';
import { anyRecords } from '../../core/sealedStore';
import { CHUNK, derived, toRecord, type Progress } from './backupRepo';
import { BACKUP_TABLES, type BackupJournal, type BackupRecord, type BackupTable } from './format';
import { ImportError } from './importErrors';
import {
  resolveMerge,
  type Conflict,
  type ImportChoices,
  type ImportPlan,
  type MergeCounts,
  type MergeWrite,
  type SettingDifference,
  type TablePlan,
} from './mergePlan';
import {
  effectiveSetting,
  isPortableSetting,
  lowersSafety,
  PORTABLE_SETTINGS,
} from './portableSettings';
import { allowsTwo, copyId, identityOf, recordLabel } from './recordKinds';
import { sameRecord } from './sameRecord';

// Bringing a checked file into the journal (DESIGN.md rule 1). Nothing here is replaced unless
// the person chose it; records are sealed outside the transaction (WebCrypto closes it), and the
// whole import is written in one transaction: all of it or none of it.

export type ImportMode = 'merge' | 'replace';
export type { ImportPlan } from './mergePlan';

type LocalRow = SealedRecord & Record<string, unknown>;
interface Match {
  table: BackupTable;
  record: BackupRecord;
  mine: LocalRow;
}

/** An id for a record that is new here but whose id another record here already uses (a day's
 * check-in written on two devices gets two ids). */
function freeId(table: BackupTable, record: BackupRecord, taken: Set<string>): string {
  if (!taken.has(record.id)) return record.id;
  const conventional =
    table === 'goalLogs' ? goalLogId(String(record.goalId), String(record.day)) : '';
  return conventional && !taken.has(conventional) ? conventional : copyId(table, record.id);
}

async function isSame(match: Match): Promise<boolean> {
  const fields = await anyRecords(match.table).words(match.mine);
  if (fields === undefined) return false;
  // Where identity is a day or a step, the two devices' ids may differ and still be one record.
  const here = toRecord(match.table, match.mine, fields);
  return sameRecord(here, { ...match.record, id: match.mine.id });
}

async function settingDifferences(journal: BackupJournal): Promise<SettingDifference[]> {
  const file = journal.settings.filter(({ key, value }) => isPortableSetting(key, value));
  const stored = await db.settings.bulkGet(file.map(({ key }) => key));
  return file.flatMap(({ key, value }, i) => {
    const here = effectiveSetting(key, stored[i]?.value);
    if (here === value) return [];
    return [{ key, here, file: value, lowersSafety: lowersSafety(key, here, value) }];
  });
}

/** Compares a file against this device: what is new, what is here word for word, and where the
 * two differ. Opens only the local records that share an identity with one in the file. */
export async function planImport(journal: BackupJournal): Promise<ImportPlan> {
  const tables = {} as Record<BackupTable, TablePlan>;
  const additions: ImportPlan['additions'] = [];
  const matches: Match[] = [];
  let from = Infinity;
  let to = -Infinity;
  let existing = 0;
  for (const table of BACKUP_TABLES) {
    const local = (await db.table(table).toArray()) as LocalRow[];
    existing += local.length;
    const byIdentity = new Map(local.map((row) => [identityOf(table, row), row]));
    const taken = new Set(local.map((row) => row.id));
    const plan: TablePlan = { total: 0, added: 0, identical: 0, conflicting: 0 };
    tables[table] = plan;
    for (const record of journal[table]) {
      if (table === 'documents' && derived.has(record.id)) continue;
      plan.total += 1;
      from = Math.min(from, record.created);
      to = Math.max(to, record.created);
      const mine = byIdentity.get(identityOf(table, record));
      if (mine) {
        matches.push({ table, record, mine });
      } else {
        plan.added += 1;
        const id = freeId(table, record, taken);
        additions.push({ table, record: id === record.id ? record : { ...record, id } });
      }
    }
  }
  const conflicts: Conflict[] = [];
  // A conflict is named in the person's language, a worksheet by its exercise's title.
  const steps =
    matches.length > 0 ? await loadStepWords(useLanguageStore.getState().language) : undefined;
  for (let i = 0; i < matches.length; i += CHUNK) {
    const chunk = matches.slice(i, i + CHUNK);
    const same = await Promise.all(chunk.map(isSame));
    chunk.forEach(({ table, record, mine }, j) => {
      if (same[j]) {
        tables[table].identical += 1;
        return;
      }
      tables[table].conflicting += 1;
      conflicts.push({
        key: `${table}:${identityOf(table, record)}`,
        table,
        label: recordLabel(table, record, steps),
        allowsTwo: allowsTwo(table, record.id),
        fileIsNewer: record.updated > mine.updated,
        record,
        hereId: mine.id,
        hereUpdated: mine.updated,
      });
    });
  }
  return {
    tables,
    range: Number.isFinite(from) ? { from, to } : null,
    existing,
    additions,
    conflicts,
    settings: await settingDifferences(journal),
  };
}

async function sealRecords(items: MergeWrite[], tick: (count: number) => void) {
  const rows: SealedRecord[] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    const chunk = items.slice(i, i + CHUNK);
    rows.push(
      ...(await Promise.all(
        chunk.map(async ({ table, record }) => {
          const { fields, ...clear } = record as BackupRecord & Record<string, unknown>;
          // What the file shows beside the words but the database keeps sealed goes back in.
          let words = fields;
          for (const name of MOVED_INTO_WORDS[table] ?? []) {
            if (!Object.hasOwn(clear, name)) continue;
            words = { ...(words as Record<string, unknown>), [name]: clear[name] };
            delete clear[name];
          }
          // A released letter's note comes back as it was kept: its dates, no words to seal.
          if (keptWithoutWords(table, clear)) return clear as unknown as SealedRecord;
          const sealed = await sealFields(table, record.id, words);
          return { ...clear, sealed } as SealedRecord;
        }),
      )),
    );
    tick(chunk.length);
  }
  return rows;
}

export interface ImportResult extends MergeCounts {
  mode: ImportMode;
  /** Records in the file that were already here, word for word (merge). */
  identical: number;
  /** Settings taken from the file, by key. */
  settings: string[];
  /** Settings that differed and were not ticked: this device's stayed. */
  settingsLeft: number;
}

function groupByTable(items: MergeWrite[], rows: SealedRecord[], replacing: boolean) {
  const out = new Map<BackupTable, SealedRecord[]>();
  items.forEach((item, i) => {
    if ((item.replaces !== undefined) !== replacing) return;
    const list = out.get(item.table);
    if (list) list.push(rows[i]!);
    else out.set(item.table, [rows[i]!]);
  });
  return out;
}

/**
 * Writes a checked file into the journal in one transaction: all of it or none of it.
 * `merge` adds what is new and, for records that differ, does what the person chose (by default
 * nothing: what is here stays); `replace` empties every table of a person's work (never the keys)
 * and writes the file's records. Settings change only where the person ticked them.
 */
export async function applyImport(
  journal: BackupJournal,
  mode: ImportMode,
  plan: ImportPlan,
  choices: ImportChoices = {},
  onProgress: Progress = () => {},
): Promise<ImportResult> {
  const merge = mode === 'merge' ? resolveMerge(plan, choices) : undefined;
  const items: MergeWrite[] =
    merge?.writes ??
    BACKUP_TABLES.flatMap((table) =>
      journal[table]
        .filter((record) => !(table === 'documents' && derived.has(record.id)))
        .map((record) => ({ table, record })),
    );
  let done = 0;
  onProgress(0, items.length);
  let rows: SealedRecord[];
  try {
    rows = await sealRecords(items, (count) => {
      done += count;
      onProgress(done, items.length);
    });
  } catch (error) {
    // The journal can lock (auto-lock) while thousands of records are being sealed.
    throw importWriteError(error);
  }
  const adding = groupByTable(items, rows, false);
  const replacing = groupByTable(items, rows, true);
  const ticked = new Set(choices.settings ?? []);
  const settings = plan.settings
    .filter(({ key }) => ticked.has(key) && Object.hasOwn(PORTABLE_SETTINGS, key))
    .map(({ key, file }) => ({ key, value: file }));

  try {
    await db.transaction('rw', [...BACKUP_TABLES, 'settings'], async () => {
      // A backup is the person's choice: what it holds comes back, even a record deleted for
      // good here since, and its mark goes (db/deletedRecords.ts).
      bringingBackRecords();
      if (mode === 'replace') {
        await Promise.all(BACKUP_TABLES.map((table) => db.table(table).clear()));
      } else {
        await db.documents.bulkDelete([...derived]);
        await checkUnchanged(items);
      }
      await db.settings.bulkPut(settings);
      for (const [table, list] of adding) await db.table(table).bulkAdd(list);
      for (const [table, list] of replacing) await db.table(table).bulkPut(list);
    });
  } catch (error) {
    throw importWriteError(error);
  }
  forgetOpenedEntries();
  const identical = BACKUP_TABLES.reduce((sum, table) => sum + plan.tables[table].identical, 0);
  return {
    mode,
    ...(merge?.counts ?? { added: items.length, sideBySide: 0, replaced: 0, kept: 0 }),
    identical: mode === 'merge' ? identical : 0,
    settings: settings.map(({ key }) => key),
    settingsLeft: plan.settings.length - settings.length,
  };
}

/** A record the person chose to replace must still be the one they saw: another tab may have
 * written it since the preview. One read per table, not one per record. */
async function checkUnchanged(items: MergeWrite[]): Promise<void> {
  const expected = new Map<BackupTable, MergeWrite[]>();
  for (const item of items) {
    if (item.replaces === undefined) continue;
    const list = expected.get(item.table);
    if (list) list.push(item);
    else expected.set(item.table, [item]);
  }
  for (const [table, list] of expected) {
    const now = (await db.table(table).bulkGet(list.map(({ record }) => record.id))) as (
      SealedRecord | undefined
    )[];
    if (list.some((item, i) => now[i]?.updated !== item.replaces)) {
      throw new ImportError('changed');
    }
  }
}

function importWriteError(error: unknown): unknown {
  if (error instanceof ImportError) return error;
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
