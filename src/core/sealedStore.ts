import Dexie, { type Table } from 'dexie';
import { db, type KeyedTableName, type SealedTableName } from '../db/db';
import { deletingForGood } from '../db/deletedRecords';
import { keptWithoutWords } from '../db/sealedShapes';
import type { DocumentRow, Sealed, SealedRecord } from '../db/types';
import { InputError } from '../lib/errors';
import { open as openSealed, SealError, seal } from './crypto';
import { msg } from './i18n/language';
import { onForgetOpenedEntries, versionOf } from './openedEntries';
import { openFields, sealFields } from './sealing';

/**
 * How every repository reads and writes a sealed record (docs/DESIGN.md, "How to add… a sealed table"):
 * a damaged record opens as unreadable and never throws into a screen; words are sealed outside
 * the transaction (IndexedDB closes one while WebCrypto works); a read-change-write starts over
 * when the record changed in between; a deletion for good is one no late save can undo; opened
 * words kept in memory are dropped when the journal locks.
 */

const BUSY_MESSAGE = msg(
  'This was changing in another place at the same moment. Nothing was lost; try once more.',
);

/** Another tab (or a second tap) kept changing the record while this change was being sealed. */
export class BusyError extends InputError {
  constructor() {
    super(BUSY_MESSAGE);
    this.name = 'BusyError';
  }
}

const ATTEMPTS = 5;

/** Every seal draws a fresh IV, so the IV names the version: equal IVs mean nobody wrote. */
export function sameVersion(a: Sealed | undefined, b: Sealed | undefined): boolean {
  if (!a || !b) return a === b;
  return a.iv.length === b.iv.length && a.iv.every((byte, i) => byte === b.iv[i]);
}

/** A row's clear fields: everything but its words. */
export type ClearOf<Row> = Omit<Row, 'sealed'>;

/** A record as a screen sees it: its words beside its clear fields, or marked unreadable. */
export type Opened<Clear, Fields> = Fields & Clear & { unreadable?: true };

export interface Current<Row, Fields> {
  row: Row;
  fields: Fields;
}

export interface Change<Row, Fields> {
  row: ClearOf<Row>;
  fields: Fields;
}

interface TableOptions<Row, Fields, Clear> {
  /** What a damaged record's words read as, so a screen always has fields to show. */
  empty: () => Fields;
  /** The clear fields a screen sees (every clear field unless said). */
  clear?: (row: Row) => Clear;
  /** Keep opened words in memory until the journal locks (for records opened again and again). */
  cache?: boolean;
}

interface UpdateOptions {
  /** The refusal when the stored record cannot be opened: writing over it would lose it. */
  damaged: () => Error;
}

const caches = new Set<Map<string, { version: string; words: unknown }>>();
onForgetOpenedEntries(() => {
  for (const cache of caches) cache.clear();
});

/** How many records' words the module holds in memory (none once the journal locks). */
export function wordsInMemory(): number {
  let count = 0;
  for (const cache of caches) count += cache.size;
  return count;
}

/**
 * Saves from this tab, by table and id, from their start (sealing comes first, outside the
 * transaction) until they are written. A read of one record waits for them: an editor opened
 * again at once (Back, then Forward, while its last save is still sealing) must find the words
 * just saved, not an empty record that its typing would then write over.
 */
const saving = new Map<string, Promise<unknown>>();

function tracked<T>(table: string, id: string, start: () => Promise<T>): Promise<T> {
  const key = `${table}:${id}`;
  const work = start();
  const landed = Promise.all([saving.get(key), work.catch(() => undefined)]);
  saving.set(key, landed);
  void landed.then(() => {
    if (saving.get(key) === landed) saving.delete(key);
  });
  return work;
}

/** Records whose `update` is asking its callback for the change, which may read the record. */
const deciding = new Map<string, number>();

async function whileDeciding<T>(key: string, decide: () => T | Promise<T>): Promise<T> {
  deciding.set(key, (deciding.get(key) ?? 0) + 1);
  try {
    return await decide();
  } finally {
    const left = (deciding.get(key) ?? 1) - 1;
    if (left > 0) deciding.set(key, left);
    else deciding.delete(key);
  }
}

/** The stored row, once every save of it from this tab has landed. It does not wait inside a
 * transaction (a save waiting for that transaction to end would never land), nor while an
 * `update` of the record asks its callback (the read may be the callback's own). */
async function landedRow<Row>(table: Table<Row, string>, name: string, id: string) {
  const key = `${name}:${id}`;
  const pending = saving.get(key);
  // Dexie.waitFor keeps a live query's watch on what it reads after the wait.
  if (pending && !Dexie.currentTransaction && !deciding.has(key)) await Dexie.waitFor(pending);
  return table.get(id);
}

/* @__NO_SIDE_EFFECTS__ */
export function sealedTable<Row extends SealedRecord, Fields extends object, Clear = ClearOf<Row>>(
  name: SealedTableName,
  options: TableOptions<Row, Fields, Clear>,
) {
  // The property, not db.table(name): Dexie keeps two objects per table, and repositories and
  // tests have always reached the property one.
  const tableOf = () => db[name] as unknown as Table<Row, string>;
  const cache = options.cache ? new Map<string, { version: string; words: unknown }>() : undefined;
  if (cache) caches.add(cache);
  const clearOf =
    options.clear ??
    ((row: Row) => {
      const clear: Partial<Row> = { ...row };
      delete clear.sealed;
      return clear as unknown as Clear;
    });

  /** The record's words, or undefined when they cannot be opened or are not in their shape. */
  async function words(row: Row): Promise<Fields | undefined> {
    if (keptWithoutWords(name, row)) return options.empty();
    // Only a record kept without words may lack them; any other is damaged, never a crash.
    if (!row.sealed) return undefined;
    const version = cache && versionOf(row.sealed.iv);
    const hit = cache?.get(row.id);
    if (hit && hit.version === version) return hit.words as Fields;
    try {
      const opened = await openFields<Fields>(name, row);
      if (cache && version !== undefined) cache.set(row.id, { version, words: opened });
      return opened;
    } catch (error) {
      if (!(error instanceof SealError)) throw error;
      return undefined;
    }
  }

  async function open(row: Row): Promise<Opened<Clear, Fields>> {
    const fields = await words(row);
    // The clear fields come last: nothing in the words can stand in for the record's own id.
    if (fields !== undefined) return { ...fields, ...clearOf(row) };
    return { ...options.empty(), ...clearOf(row), unreadable: true };
  }

  /**
   * Seals `fields`, then writes the record only if it is still the version `before` (both absent
   * counts). False when another write came first: the caller reads again or lets it be.
   */
  function putIfUnchanged(
    before: Row | undefined,
    row: ClearOf<Row>,
    fields: Fields,
  ): Promise<boolean> {
    return tracked(name, row.id, async () => {
      const sealed = await sealFields(name, row.id, fields);
      const table = tableOf();
      return db.transaction('rw', table, async () => {
        const latest = await table.get(row.id);
        if (!sameVersion(latest?.sealed, before?.sealed)) return false;
        await table.put({ ...row, sealed } as Row);
        return true;
      });
    });
  }

  return {
    name,
    get table() {
      return tableOf();
    },
    /** A row's clear fields as a screen sees them. */
    clearOf,
    words,
    open,
    /** Each record opened on its own: a damaged one is marked, the others read. */
    openMany: (rows: readonly Row[]) => Promise.all(rows.map(open)),
    /** The stored row, once this tab's saves of it have landed; reading one record to show or
     * edit goes through here or `get`. */
    row: (id: string) => landedRow(tableOf(), name, id),
    /** Counts `work` as a save of the record until it ends, for a save that reads before it
     * calls `save`: reads of the record wait for it, so `work` itself must not read it through
     * `row` or `get`. */
    whileSaving: <T>(id: string, work: () => Promise<T>) => tracked(name, id, work),
    async get(id: string): Promise<Opened<Clear, Fields> | undefined> {
      const row = await landedRow(tableOf(), name, id);
      return row ? open(row) : undefined;
    },
    putIfUnchanged,

    /**
     * Writes words that replace the record's (an editor's save): sealed first, then `build` is
     * given the stored row inside the transaction and returns the clear fields to write, or
     * undefined to write nothing (a blank new record). It may refuse by throwing. `also` are
     * further tables `build` reads.
     */
    save<C extends ClearOf<Row>>(
      id: string,
      fields: Fields,
      build: (existing: Row | undefined) => C | undefined | Promise<C | undefined>,
      also: readonly Table[] = [],
    ): Promise<C | undefined> {
      return tracked(name, id, async () => {
        const sealed = await sealFields(name, id, fields);
        const table = tableOf();
        return db.transaction('rw', [table, ...also], async () => {
          const clear = await build(await table.get(id));
          if (!clear) return undefined;
          await table.put({ ...clear, sealed } as unknown as Row);
          return clear;
        });
      });
    },

    /**
     * Reads the record, asks `next` for its next state, seals it and writes it only if nobody
     * wrote the record meanwhile; otherwise starts over from what is stored now, so both
     * changes are kept. `next` returns undefined to write nothing. True when it wrote.
     */
    update(
      id: string,
      next: (
        current: Current<Row, Fields> | undefined,
      ) => Change<Row, Fields> | undefined | Promise<Change<Row, Fields> | undefined>,
      { damaged }: UpdateOptions,
    ): Promise<boolean> {
      return tracked(name, id, async () => {
        for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
          const row = await tableOf().get(id);
          const fields = row && (await words(row));
          if (row && fields === undefined) throw damaged();
          const change = await whileDeciding(`${name}:${id}`, () =>
            next(row && fields !== undefined ? { row, fields } : undefined),
          );
          if (!change) return false;
          if (await putIfUnchanged(row, change.row, change.fields)) return true;
        }
        throw new BusyError();
      });
    },

    /**
     * Deletes for good: no save still on its way, in this tab or another (an editor's last one),
     * can bring these records back; it is refused with `DeletedElsewhereError`
     * (db/deletedRecords.ts). `run` deletes them, with anything that goes with them.
     */
    async remove<T>(ids: readonly string[], run?: () => Promise<T>): Promise<T | undefined> {
      const result = await deletingForGood(
        name,
        ids,
        run ?? (async () => (await tableOf().bulkDelete(ids as string[]), undefined)),
      );
      for (const id of ids) cache?.delete(id);
      return result;
    },
  };
}

/**
 * The record with its words sealed again under `to`, or undefined when `from` does not open them:
 * a record damaged before stays exactly as it is. Words are carried as they are, never checked
 * against their shape, so a new key leaves no record behind that only the old key opens.
 */
export async function resealed<R extends SealedRecord>(
  table: KeyedTableName,
  row: R,
  from: CryptoKey,
  to: CryptoKey,
): Promise<R | undefined> {
  try {
    const words = await openSealed<unknown>(from, table, row.id, row.sealed);
    return { ...row, sealed: await seal(to, table, row.id, words) };
  } catch (error) {
    if (error instanceof SealError) return undefined;
    throw error;
  }
}

/** Any table read as a whole (the backup): words only, a damaged record as undefined. */
export function anyRecords(table: SealedTableName) {
  return sealedTable<SealedRecord, object>(table, { empty: () => ({}) });
}

type DocumentClear = ClearOf<DocumentRow>;

/** The `documents` table, for kinds kept many at a time under an id prefix. */
/* @__NO_SIDE_EFFECTS__ */
export function sealedDocuments<Fields extends object, Clear = DocumentClear>(
  empty: () => Fields,
  clear?: (row: DocumentRow) => Clear,
) {
  return sealedTable<DocumentRow, Fields, Clear>('documents', { empty, ...(clear && { clear }) });
}

/**
 * A sealed document that exists once, by its fixed id (db/sealedShapes.ts, DOCUMENT_IDS):
 * `save` replaces its words, `update` changes them from what is stored.
 */
/* @__NO_SIDE_EFFECTS__ */
export function sealedDocument<Fields extends object, Clear = DocumentClear>(
  id: string,
  empty: () => Fields,
  clear?: (row: DocumentRow) => Clear,
) {
  const documents = sealedDocuments(empty, clear);
  return {
    id,
    row: () => documents.row(id),
    open: documents.open,
    get: () => documents.get(id),
    /** Writes the words; a document not yet here is kept only when it has words. */
    async save(fields: Fields, hasWords: boolean, now: number): Promise<number | undefined> {
      const written = await documents.save(id, fields, (existing) =>
        existing || hasWords ? { id, created: existing?.created ?? now, updated: now } : undefined,
      );
      return written && now;
    },
    update(
      next: (current: Fields | undefined) => Fields | undefined,
      now: number,
      options: UpdateOptions,
    ): Promise<boolean> {
      return documents.update(
        id,
        (current) => {
          const fields = next(current?.fields);
          return (
            fields && { row: { id, created: current?.row.created ?? now, updated: now }, fields }
          );
        },
        options,
      );
    },
    putIfUnchanged: (before: DocumentRow | undefined, fields: Fields, now: number) =>
      documents.putIfUnchanged(
        before,
        { id, created: before?.created ?? now, updated: now },
        fields,
      ),
  };
}
