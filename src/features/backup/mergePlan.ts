import { DOCUMENT_PREFIXES } from '../../db/sealedShapes';
import { goalLogId } from '../today';
import type { BackupRecord, BackupTable } from './format';
import { copyId } from './recordKinds';

// What a merge writes, decided from the plan and the person's choices, before any write. Pure:
// the preview and the import read the same answer, so the result screen counts what happened.

/** For a record here and in the file with other words: keep what is here, keep both side by
 * side (where the kind can hold two), or take whichever was changed last. */
export type Choice = 'here' | 'both' | 'newer';

export interface Conflict {
  /** Unique in the plan: the table and the identity the two records share. */
  key: string;
  table: BackupTable;
  label: string;
  allowsTwo: boolean;
  fileIsNewer: boolean;
  /** The file's record. */
  record: BackupRecord;
  hereId: string;
  /** What `updated` said here at the preview; a replacement checks it has not moved since. */
  hereUpdated: number;
}

export interface SettingDifference {
  key: string;
  here: unknown;
  file: unknown;
  /** Hides the crisis lines, switches off or lengthens auto-lock, or lets Today show words. */
  lowersSafety: boolean;
}

export interface TablePlan {
  /** In the file. */
  total: number;
  /** Not on this device: added. */
  added: number;
  /** Already here, word for word: skipped. */
  identical: number;
  /** Here with other words: what happens is the person's choice. */
  conflicting: number;
}

export interface ImportPlan {
  tables: Record<BackupTable, TablePlan>;
  /** Earliest and latest `created` in the file, or null for an empty file. */
  range: { from: number; to: number } | null;
  /** Records already on this device before the import. */
  existing: number;
  /** Records not here, ready to add (an id already used here by another record is replaced). */
  additions: { table: BackupTable; record: BackupRecord }[];
  conflicts: Conflict[];
  /** Portable settings in the file that differ from what this device uses. */
  settings: SettingDifference[];
}

export interface ImportChoices {
  /** For every conflict without a choice of its own. Nothing here changes by default. */
  all?: Choice;
  /** By conflict key. */
  records?: Readonly<Record<string, Choice>>;
  /** Keys of the settings the person ticked to take from the file. */
  settings?: readonly string[];
}

export interface MergeCounts {
  added: number;
  sideBySide: number;
  replaced: number;
  /** Here with other words, left as they are here. */
  kept: number;
}

export interface MergeWrite {
  table: BackupTable;
  record: BackupRecord;
  /** Set when the write replaces the record here: the `updated` it must still have. */
  replaces?: number;
}

/** The choice that applies to one conflict; "both" is only possible where two can be kept. */
export function choiceFor(conflict: Conflict, choices: ImportChoices): Choice {
  const chosen = choices.records?.[conflict.key] ?? choices.all ?? 'here';
  return chosen === 'both' && !conflict.allowsTwo ? 'here' : chosen;
}

/** Clear fields that name a record of another table, so side-by-side copies keep their links. */
const REFERENCES: Partial<Record<BackupTable, [field: string, table: BackupTable][]>> = {
  amends: [['inventoryItemId', 'inventoryItems']],
  letters: [['amendsId', 'amends']],
  goalLogs: [['goalId', 'goals']],
};

/** A record the file links to a copy that was given a new id follows it there. */
function follow(table: BackupTable, record: BackupRecord, moved: Map<string, string>) {
  let linked = record;
  for (const [field, target] of REFERENCES[table] ?? []) {
    const value = record[field];
    const to = typeof value === 'string' ? moved.get(`${target}:${value}`) : undefined;
    if (!to) continue;
    linked = { ...linked, [field]: to };
    // A goal's log is found by its goal and day, so its id names the goal it now belongs to.
    if (table === 'goalLogs') linked.id = goalLogId(to, String(record.day));
  }
  // A care check-in names its commitment inside its words.
  const fields = record.fields as Record<string, unknown>;
  if (table === 'documents' && record.id.startsWith(DOCUMENT_PREFIXES.careCheckin)) {
    const to = moved.get(`documents:${String(fields.commitmentId)}`);
    if (to) linked = { ...linked, fields: { ...fields, commitmentId: to } };
  }
  return linked;
}

/** What a merge writes for these choices, and what the result screen will count. */
export function resolveMerge(
  plan: ImportPlan,
  choices: ImportChoices,
): { writes: MergeWrite[]; counts: MergeCounts } {
  const counts: MergeCounts = { added: plan.additions.length, sideBySide: 0, replaced: 0, kept: 0 };
  const writes: MergeWrite[] = [];
  const moved = new Map<string, string>();
  const fresh: { table: BackupTable; record: BackupRecord }[] = [...plan.additions];
  for (const conflict of plan.conflicts) {
    const choice = choiceFor(conflict, choices);
    const { table, record } = conflict;
    if (choice === 'both') {
      const id = copyId(table, record.id);
      moved.set(`${table}:${record.id}`, id);
      fresh.push({ table, record: { ...record, id } });
      counts.sideBySide += 1;
    } else if (choice === 'newer' && conflict.fileIsNewer) {
      // Under this device's id: for a day's check-in or a step, the file's id may differ.
      writes.push({
        table,
        record: { ...record, id: conflict.hereId },
        replaces: conflict.hereUpdated,
      });
      counts.replaced += 1;
    } else {
      counts.kept += 1;
    }
  }
  for (const { table, record } of fresh)
    writes.push({ table, record: follow(table, record, moved) });
  return { writes, counts };
}
