import Dexie, { type Table } from 'dexie';
import type {
  AmendsRow,
  CheckinRow,
  ContactRow,
  DocumentRow,
  EmotionInventoryRow,
  EntryRow,
  GoalLogRow,
  GoalRow,
  InventoryItemRow,
  KeyRow,
  LegacyKeyRow,
  LetterRow,
  SettingRow,
  StepProgressRow,
} from './types';

export const DB_NAME = 'stepwork';

/** Tables whose records are sealed, by name: the name is bound into each record's ciphertext. */
export const SEALED_TABLES = [
  'entries',
  'stepProgress',
  'emotionInventories',
  'inventoryItems',
  'amends',
  'letters',
  'contacts',
  'checkins',
  'goals',
  'goalLogs',
  'documents',
] as const;

export type SealedTableName = (typeof SEALED_TABLES)[number];

export class StepworkDB extends Dexie {
  entries!: Table<EntryRow, string>;
  stepProgress!: Table<StepProgressRow, string>;
  emotionInventories!: Table<EmotionInventoryRow, string>;
  inventoryItems!: Table<InventoryItemRow, string>;
  amends!: Table<AmendsRow, string>;
  letters!: Table<LetterRow, string>;
  contacts!: Table<ContactRow, string>;
  checkins!: Table<CheckinRow, string>;
  goals!: Table<GoalRow, string>;
  goalLogs!: Table<GoalLogRow, string>;
  documents!: Table<DocumentRow, string>;
  settings!: Table<SettingRow, string>;
  keys!: Table<KeyRow | LegacyKeyRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    // Version 1. Once shipped, never edit this block: append db.version(2) with an awaited
    // upgrade function and a fixture test (DESIGN.md rule 3).
    this.version(1).stores({
      entries: 'id, day, created, updated, step, deletedAt',
      stepProgress: 'id, &step, status, updated',
      emotionInventories: 'id, day, created, updated, status',
      inventoryItems: 'id, list, day, created, updated',
      amends: 'id, status, created, updated, inventoryItemId',
      letters: 'id, status, created, updated, amendsId',
      contacts: 'id, created',
      checkins: 'id, &day, updated',
      goals: 'id, status, created',
      goalLogs: 'id, goalId, day, [goalId+day]',
      documents: 'id, updated',
      settings: 'key',
      keys: 'id',
    });
  }
}

export const db = new StepworkDB();
