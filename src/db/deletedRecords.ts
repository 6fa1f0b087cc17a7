import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { DeletedElsewhereError } from '../lib/errors';
import { storedDocumentId } from './documentIds';
import { DOCUMENT_IDS, DOCUMENT_PREFIXES } from './sealedShapes';

/**
 * A record deleted for good stays deleted, whichever tab, window or screen still has a save of
 * it on its way: an editor open on it in another tab, its last autosave as it closes, a save
 * queued while the person takes it off a list.
 *
 * The one rule, kept by the database itself: a deletion for good (`deletingForGood`) leaves a
 * mark in the `deletions` table in the same transaction as the delete (the record's random id
 * alone: not which list it was on, no date, no words), and every write of a sealed record looks for
 * that mark in its own transaction and is refused with `DeletedElsewhereError` when it finds
 * one. Every read-write transaction on a sealed table takes in `deletions` (the middleware
 * below), so the delete and any later write are ordered by IndexedDB itself, across tabs: a
 * write that comes first is deleted with the rest, a write that comes after is refused. No
 * repository has to remember to ask, and nothing is kept in memory that another tab would miss.
 *
 * Bringing in a backup is the person's choice: its transaction says so (`bringingBackRecords`),
 * writes what the file holds, and takes away the marks of the records it brought back.
 *
 * Marks are never cleared otherwise: an editor can sit in a sleeping tab for days and still send
 * its save, so no age makes one safe to drop. They stay small (one random id each) and are only
 * made for ids that never come back (`deletingForGood` refuses the others). The list's name is
 * left out so a released letter's mark does not say it was a letter: every guarded id is random
 * (a UUID, or a document's opaque id), so the id alone cannot stand for two records.
 */

export const DELETIONS_TABLE = 'deletions';

/** One mark of a deletion for good: the id as stored (a document's opaque one). */
export interface DeletionRow {
  id: string;
}

// Document ids that are used again after the words are taken away: a fixed document and a step
// exercise's worksheet are emptied, never deleted for good, or their next save would be refused.
const FIXED_DOCUMENT_IDS: readonly string[] = Object.values(DOCUMENT_IDS);
// Tables whose ids are made from what they are for (a step, a day, a goal and a day).
const TABLES_WITH_MADE_IDS: readonly string[] = ['stepProgress', 'checkins', 'goalLogs'];

function idComesBack(table: string, id: string): boolean {
  if (TABLES_WITH_MADE_IDS.includes(table)) return true;
  return (
    table === 'documents' &&
    (FIXED_DOCUMENT_IDS.includes(id) || id.startsWith(DOCUMENT_PREFIXES.worksheet))
  );
}

// Deletions for good under way in this tab, by table and id (a count: two taps can overlap).
// Only so that the delete itself, however the caller's transaction is shaped, leaves its mark.
const underway = new Map<string, number>();
const keyOf = (table: string, id: string) => `${table}\u0000${id}`;

/**
 * Runs a deletion for good: every record of `ids` that `run` deletes from `table` leaves its
 * mark in the same transaction, and from then on no save brings it back. A deletion that fails
 * leaves no mark (its transaction is undone with it).
 */
export async function deletingForGood<T>(
  table: string,
  ids: readonly string[],
  run: () => Promise<T>,
): Promise<T> {
  const recurring = ids.find((id) => idComesBack(table, id));
  if (recurring !== undefined) {
    throw new Error(`${table}/${recurring} is used again once emptied: empty it, never delete it.`);
  }
  const keys = ids.map((id) => keyOf(table, id));
  for (const key of keys) underway.set(key, (underway.get(key) ?? 0) + 1);
  try {
    return await run();
  } finally {
    for (const key of keys) {
      const left = (underway.get(key) ?? 1) - 1;
      if (left > 0) underway.set(key, left);
      else underway.delete(key);
    }
  }
}

// Transactions that bring records back from a backup.
const restoring = new WeakSet<object>();

/** Lets the current transaction write records deleted for good, and takes away their marks: a
 * backup the person chose to bring in. Call inside `db.transaction`. */
export function bringingBackRecords(): void {
  const trans = Dexie.currentTransaction?.idbtrans as object | undefined;
  if (!trans) throw new Error('bringingBackRecords needs a transaction.');
  restoring.add(trans);
}

function idOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

// An upgrade's transaction runs before `deletions` may exist, and moves records, not deletes them.
const isUpgrade = (trans: DBCoreTransaction) =>
  (trans as unknown as { mode?: string }).mode === 'versionchange';

/**
 * The Dexie middleware that keeps the rule, over the sealed tables named. It sits above the
 * document-id middleware (it sees the ids a feature knows) and stores a document's mark under
 * its opaque id.
 */
export function guardDeletedRecords(tables: readonly string[]): Middleware<DBCore> {
  const guarded = new Set(tables);
  return {
    stack: 'dbcore',
    name: 'deleted-records-guard',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' &&
            !stores.includes(DELETIONS_TABLE) &&
            stores.some((store) => guarded.has(store))
            ? [...stores, DELETIONS_TABLE]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        if (!guarded.has(name)) return table;
        const markOf = (id: string): string => (name === 'documents' ? storedDocumentId(id) : id);
        // Plain `.then` chains, not async functions: the promises Dexie hands down carry its
        // transaction zone (as in db/documentIds.ts).
        const mutate = (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
          if (isUpgrade(req.trans)) return table.mutate(req);
          const deletions = down.table(DELETIONS_TABLE);
          if (req.type === 'put' || req.type === 'add') {
            const ids = req.values.map(idOf).filter((id) => id !== undefined);
            if (ids.length === 0) return table.mutate(req);
            const keys = ids.map(markOf);
            if (restoring.has(req.trans)) {
              return table
                .mutate(req)
                .then((response) =>
                  deletions.mutate({ type: 'delete', trans: req.trans, keys }).then(() => response),
                );
            }
            return deletions.getMany({ trans: req.trans, keys }).then((marks) => {
              if (marks.some((mark) => mark !== undefined)) throw new DeletedElsewhereError();
              return table.mutate(req);
            });
          }
          if (req.type === 'delete') {
            const ids = req.keys.filter(
              (key): key is string => typeof key === 'string' && underway.has(keyOf(name, key)),
            );
            if (ids.length === 0) return table.mutate(req);
            const values: DeletionRow[] = ids.map((id) => ({ id: markOf(id) }));
            return table
              .mutate(req)
              .then((response) =>
                deletions.mutate({ type: 'put', trans: req.trans, values }).then(() => response),
              );
          }
          return table.mutate(req);
        };
        return { ...table, mutate };
      },
    }),
  };
}
