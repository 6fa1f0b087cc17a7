import { open as openSealed } from '../../../core/crypto';
import { checkSealedShape } from '../../../db/sealedShapes';
import type { EntryFields, EntryRow } from '../../../db/types';
import type { EntryChange } from './searchRepo';
import { resultItem, type SearchAnswer } from './searchResults';
import { SearchIndex, type IndexedEntry } from './textIndex';

/**
 * The search index's own side, run in the search worker (search.worker.ts), or in the page where
 * there is no Worker (tests in jsdom and Node). It reads the sealed entries from IndexedDB itself
 * and opens them with the session key the page passes once, so neither the ciphertext nor the
 * opened words ever cross to the page: only a status, a count and the few results shown do.
 *
 * Why the worker opens the entries rather than being handed them: the page opening 10,000
 * entries (valibot checks, JSON parsing, the cache) was itself the main-thread work that grew on
 * a slow phone, and posting their text over would have kept a second copy of all of it.
 */

export type HostRequest =
  | { type: 'start'; key: CryptoKey; database: string }
  | { type: 'changed'; change: EntryChange }
  | { type: 'search'; seq: number; query: string; limit: number }
  | { type: 'stop' };

export type HostReply =
  | {
      type: 'status';
      status: 'ready' | 'failed';
      size: number;
      /** Milliseconds of the first build, in this thread: reading and opening, then folding. */
      timing?: { opening: number; folding: number };
    }
  | { type: 'results'; seq: number; answer: SearchAnswer };

/** Measured on 10,000 entries in Chromium: batches of 500 opened them in 250 ms, of 250 in
 * 265 ms, of 1,000 in 285 ms, and one read of the whole table in 340 ms (journalRepo.ts). */
const CHUNK = 500;
/** Above this many changed entries, opening them all again is quicker than one by one. */
const REOPEN_ALL = 200;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB failed'));
  });
}

async function openDatabase(name: string): Promise<IDBDatabase> {
  const opening = indexedDB.open(name);
  // The page made the database before starting search; this side must never create an empty one.
  opening.onupgradeneeded = () => opening.transaction?.abort();
  const db = await request(opening);
  // A newer version in any tab (or a test deleting the database) must not wait on this one.
  db.onversionchange = () => db.close();
  return db;
}

/** An entry's words, or undefined when it is in Trash or cannot be opened (it is then not
 * searched, as the journal shows it as damaged). */
async function openRow(key: CryptoKey, row: EntryRow): Promise<IndexedEntry | undefined> {
  if (row.deletedAt !== undefined) return undefined;
  try {
    const words = await openSealed<unknown>(key, 'entries', row.id, row.sealed);
    const checked = checkSealedShape('entries', row.id, words);
    if (!checked.ok) return undefined;
    // Checked against the entries' shape just above.
    const fields = checked.value as unknown as EntryFields;
    return {
      id: row.id,
      created: row.created,
      title: fields.title,
      body: fields.body,
      tags: fields.tags,
    };
  } catch {
    return undefined;
  }
}

const isEntry = (entry: IndexedEntry | undefined): entry is IndexedEntry => entry !== undefined;

/** Every live entry, opened; one batch is opened while the next is read. */
async function openAll(key: CryptoKey, database: string): Promise<IndexedEntry[]> {
  const db = await openDatabase(database);
  try {
    const read = (after: string | undefined) =>
      request(
        db
          .transaction('entries')
          .objectStore('entries')
          .getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), CHUNK),
      ) as Promise<EntryRow[]>;
    const batches: Promise<IndexedEntry[]>[] = [];
    let rows = await read(undefined);
    while (rows.length > 0) {
      const last = rows[rows.length - 1];
      const next = last && rows.length === CHUNK ? read(last.id) : Promise.resolve([]);
      batches.push(
        Promise.all(rows.map((row) => openRow(key, row))).then((e) => e.filter(isEntry)),
      );
      rows = await next;
    }
    return (await Promise.all(batches)).flat();
  } finally {
    db.close();
  }
}

async function openSome(
  key: CryptoKey,
  database: string,
  ids: string[],
): Promise<(IndexedEntry | undefined)[]> {
  const db = await openDatabase(database);
  try {
    const store = db.transaction('entries').objectStore('entries');
    const rows = await Promise.all(ids.map((id) => request(store.get(id) as IDBRequest<EntryRow>)));
    return await Promise.all(rows.map((row) => (row ? openRow(key, row) : undefined)));
  } finally {
    db.close();
  }
}

export interface SearchHost {
  handle(message: HostRequest): void;
}

export function createSearchHost(reply: (message: HostReply) => void): SearchHost {
  const index = new SearchIndex();
  let session: { key: CryptoKey; database: string; run: number } | null = null;
  /** Bumped when the index is dropped, so work begun before that is thrown away. */
  let generation = 0;
  let building = false;
  let draining = false;
  /** Entries written since the index last caught up: their ids, or every entry. */
  let dirty = new Set<string>();
  let dirtyAll = false;

  const current = (run: number) => session !== null && session.run === run;
  const status = (timing?: { opening: number; folding: number }) =>
    reply({ type: 'status', status: 'ready', size: index.size, timing });

  async function catchUp(key: CryptoKey, database: string, run: number): Promise<void> {
    while ((dirtyAll || dirty.size > 0) && current(run)) {
      const all = dirtyAll || dirty.size > REOPEN_ALL;
      const ids = [...dirty];
      dirty = new Set();
      dirtyAll = false;
      if (all) {
        const entries = await openAll(key, database);
        if (!current(run)) return;
        index.replaceAll(entries);
      } else {
        const opened = await openSome(key, database, ids);
        if (!current(run)) return;
        opened.forEach((entry, at) => {
          if (entry) index.put(entry);
          else index.remove(ids[at] ?? '');
        });
      }
      status();
    }
  }

  async function drain(run: number): Promise<void> {
    if (draining || !session) return;
    draining = true;
    const { key, database } = session;
    try {
      await catchUp(key, database, run);
    } catch (error) {
      if (!current(run)) return;
      console.error(error);
      stop();
      reply({ type: 'status', status: 'failed', size: 0 });
    } finally {
      draining = false;
    }
    // A notice that arrived between the last catch-up and here (for this run or a newer one,
    // whose own drain returned early while this one finished) is not left waiting.
    if (session && !building && (dirtyAll || dirty.size > 0)) void drain(session.run);
  }

  async function build(run: number, key: CryptoKey, database: string): Promise<void> {
    building = true;
    try {
      const started = performance.now();
      const entries = await openAll(key, database);
      if (!current(run)) return;
      const opened = performance.now();
      index.replaceAll(entries);
      building = false;
      status({ opening: opened - started, folding: performance.now() - opened });
      await drain(run);
    } catch (error) {
      if (!current(run)) return;
      console.error(error);
      stop();
      reply({ type: 'status', status: 'failed', size: 0 });
    } finally {
      if (current(run)) building = false;
    }
  }

  function stop() {
    generation += 1;
    session = null;
    building = false;
    dirty = new Set();
    dirtyAll = false;
    index.clear();
  }

  return {
    handle(message) {
      switch (message.type) {
        case 'start': {
          stop();
          const run = generation;
          session = { key: message.key, database: message.database, run };
          void build(run, message.key, message.database);
          break;
        }
        case 'changed':
          if (!session) break;
          if ('all' in message.change) dirtyAll = true;
          else for (const id of message.change.ids) dirty.add(id);
          if (!building) void drain(session.run);
          break;
        case 'search': {
          const { terms, entries } = index.search(message.query);
          const answer: SearchAnswer = {
            query: message.query,
            terms,
            total: entries.length,
            items: entries.slice(0, message.limit).map((entry) => resultItem(entry, terms)),
          };
          reply({ type: 'results', seq: message.seq, answer });
          break;
        }
        case 'stop':
          stop();
          break;
      }
    },
  };
}
