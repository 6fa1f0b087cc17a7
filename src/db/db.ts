import Dexie, { RangeSet, type Table } from 'dexie';
import { DELETIONS_TABLE, guardDeletedRecords, type DeletionRow } from './deletedRecords';
import { opaqueDocumentIds } from './documentIds';
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
  SealedRecord,
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

/** What a new data key seals again: every sealed table, and the journal's id secret
 * (`idKeys`, db/documentIds.ts), which is sealed like a record but is no part of a backup. */
export const KEYED_TABLES = [...SEALED_TABLES, 'idKeys'] as const;

export type KeyedTableName = (typeof KEYED_TABLES)[number];

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
  idKeys!: Table<SealedRecord, string>;
  deletions!: Table<DeletionRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.use(guardDeletedRecords(SEALED_TABLES));
    this.use(opaqueDocumentIds);
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
    // Version 2: the secret that makes document ids opaque (db/documentIds.ts), and no index on
    // an amends item's status, which is sealed now (no query ever used it). Nothing to upgrade
    // here: both changes need the data key, so they run when the journal opens
    // (core/documentIdsRepo.ts).
    this.version(2).stores({
      amends: 'id, created, updated, inventoryItemId',
      idKeys: 'id',
    });
    // Version 3: the marks deletions for good leave (db/deletedRecords.ts), so that no save still
    // on its way in any tab brings a record back. A new table, empty: nothing to upgrade.
    this.version(3).stores({
      [DELETIONS_TABLE]: 'id',
    });
  }
}

export const db = new StepworkDB();

/**
 * Chromium can close the connection under the app after a disk failure (a full disk among them).
 * Dexie opens it again on the next read or write, but a live query whose read failed meanwhile
 * (DatabaseClosedError) waits for a change notice that never comes, so a list would say "Opening
 * your entries…" until a reload. After any reopen that follows such a close, every live query in
 * this tab reads again, as Dexie does itself when a page returns from the back/forward cache.
 */
let lostConnection = false;
const REOPEN_AFTER_MS = 1000;
// A newer Stepwork in another tab asked this one to step aside: reopening would get in its way.
let steppedAside = false;
const stepAsideListeners = new Set<() => void>();

function stepAside() {
  if (steppedAside) return;
  steppedAside = true;
  for (const listener of stepAsideListeners) listener();
}

/** Calls `listener` when this tab steps aside for a newer Stepwork: what holds the journal open
 * beside this connection (the search worker, with the key and the opened words) ends then. */
export function onStepAside(listener: () => void): () => void {
  stepAsideListeners.add(listener);
  return () => stepAsideListeners.delete(listener);
}

/** True once this tab has stepped aside: nothing may open the journal again until a reload. */
export function hasSteppedAside(): boolean {
  return steppedAside;
}
db.on('close', () => {
  lostConnection = true;
  // A close this tab did not ask for leaves no DatabaseClosedError behind (hasBeenClosed() is
  // false). Nothing may read or write soon (a list on screen, no editor), so open it again here.
  setTimeout(() => {
    if (db.isOpen() || db.hasBeenClosed() || steppedAside) return;
    db.open().catch(() => undefined);
  }, REOPEN_AFTER_MS);
});
db.on(
  'ready',
  () => {
    // Straight on each connection, not through db.on('versionchange'): Dexie's listeners run
    // newest first and stop at one that returns false, as the journal's own does to close it its
    // way (vaultRepo.ts, openJournal), so this tab never knew it had stepped aside.
    db.backendDB().addEventListener('versionchange', stepAside);
    if (!lostConnection) return;
    lostConnection = false;
    // After the open completes, so the queries it wakes find the connection ready.
    setTimeout(() => Dexie.on('storagemutated').fire({ all: new RangeSet(-Infinity, [[]]) }), 0);
  },
  true,
);

/**
 * Opens the connection again when a failure (not this tab's choice) closed it, so an editor that
 * could not save can try again without a reload. Does nothing while the database is open.
 */
export async function reopenIfClosed(): Promise<void> {
  if (db.isOpen() || steppedAside) return;
  await db.open();
}
