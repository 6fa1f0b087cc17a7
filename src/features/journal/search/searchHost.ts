import {
  openAll,
  openNewestFirst,
  openSome,
  readNewestFirst,
  type SliceReader,
} from './entryReader';
import type { EntryChange } from './searchRepo';
import { resultItem, type SearchAnswer } from './searchResults';
import { SearchIndex } from './textIndex';

/**
 * The search index's own side, run in the search worker (search.worker.ts), or in the page where
 * there is no Worker (tests in jsdom and Node). It reads the sealed entries from IndexedDB itself
 * and opens them with the session key the page passes once, so neither the ciphertext nor the
 * opened words ever cross to the page: only a status, a count and the few results shown do.
 *
 * The first build opens the newest entries first, a slice at a time, and answers searches from
 * what it has opened so far (the answer says it is not complete): on a slow phone the newest
 * matches show while the older entries are still being opened.
 *
 * While the journal is locked, the page can ask it to read the sealed entries ahead ('read'): no
 * key, nothing opened, only the ciphertext as stored, so that once the passphrase is typed only
 * opening them is left. Entries written meanwhile (in another tab) are opened again after.
 *
 * Why the worker opens the entries rather than being handed them: the page opening 10,000
 * entries (valibot checks, JSON parsing, the cache) was itself the main-thread work that grew on
 * a slow phone, and posting their text over would have kept a second copy of all of it.
 */

export type HostRequest =
  | { type: 'read'; database: string }
  | { type: 'start'; key: CryptoKey; database: string }
  | { type: 'changed'; change: EntryChange }
  | { type: 'search'; seq: number; query: string; limit: number }
  | { type: 'stop' };

interface BuildTiming {
  /** Milliseconds of the first build, in this thread, until the newest slice could be searched. */
  firstSlice?: number;
  /** Milliseconds of the whole first build spent reading and opening the entries… */
  opening?: number;
  /** …and folding their text for search (the two overlap less than they add up). */
  folding?: number;
}

export type HostReply =
  | {
      type: 'status';
      /** 'building': the first build has opened `size` entries so far, the newest first. */
      status: 'building' | 'ready' | 'failed';
      size: number;
      timing?: BuildTiming;
    }
  | { type: 'results'; seq: number; answer: SearchAnswer }
  /** Every entry read ahead, in `ms` since the 'read' arrived. */
  | { type: 'read'; ms: number };

/** Above this many changed entries, opening them all again is quicker than one by one. */
const REOPEN_ALL = 200;
/** While the first build runs, the page hears how far it has got at most this often (each time,
 * a search on screen is asked again, with the entries opened since). */
const PROGRESS_MS = 300;

export interface SearchHost {
  handle(message: HostRequest): void;
}

export function createSearchHost(reply: (message: HostReply) => void): SearchHost {
  const index = new SearchIndex();
  let session: { key: CryptoKey; database: string; run: number } | null = null;
  /** Entries being read ahead, before the key has come. */
  let ahead: { database: string; reader: SliceReader } | null = null;
  /** Bumped when the index is dropped, so work begun before that is thrown away. */
  let generation = 0;
  let building = false;
  let draining = false;
  /** Entries written since the index last caught up: their ids, or every entry. */
  let dirty = new Set<string>();
  let dirtyAll = false;

  const current = (run: number) => session !== null && session.run === run;
  const status = (timing?: BuildTiming) =>
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

  async function build(run: number, key: CryptoKey, reader: SliceReader): Promise<void> {
    building = true;
    try {
      const started = performance.now();
      let folding = 0;
      let said: number | undefined;
      await openNewestFirst(key, reader, (entries) => {
        if (!current(run)) return false;
        const opened = performance.now();
        index.addOlder(entries);
        const now = performance.now();
        folding += now - opened;
        if (said === undefined || now - said >= PROGRESS_MS) {
          const timing = said === undefined ? { firstSlice: now - started } : undefined;
          said = now;
          reply({ type: 'status', status: 'building', size: index.size, timing });
        }
        answerWaiting();
        return true;
      });
      if (!current(run)) return;
      building = false;
      status({ opening: performance.now() - started - folding, folding });
      answerWaiting();
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

  type Question = Extract<HostRequest, { type: 'search' }>;
  /** A question asked before the first build had opened anything. */
  let waiting: Question | undefined;

  function answer(message: Question) {
    const { terms, entries } = index.search(message.query);
    const found: SearchAnswer = {
      query: message.query,
      terms,
      total: entries.length,
      // While the first build runs, only the newest entries have been looked through.
      complete: !building,
      items: entries.slice(0, message.limit).map((entry) => resultItem(entry, terms)),
    };
    reply({ type: 'results', seq: message.seq, answer: found });
  }

  function answerWaiting() {
    const question = waiting;
    waiting = undefined;
    if (question) answer(question);
  }

  function stop() {
    generation += 1;
    session = null;
    ahead?.reader.stop();
    ahead = null;
    waiting = undefined;
    building = false;
    dirty = new Set();
    dirtyAll = false;
    index.clear();
  }

  return {
    handle(message) {
      switch (message.type) {
        case 'read': {
          stop();
          const reader = readNewestFirst(message.database);
          ahead = { database: message.database, reader };
          const asked = performance.now();
          // Heard by the page only as a mark: how far ahead the reading got.
          void reader.whenRead().then((read) => {
            if (read && ahead?.reader === reader) {
              reply({ type: 'read', ms: performance.now() - asked });
            }
          });
          break;
        }
        case 'start': {
          // What was read ahead of this key, and the entries written since, are kept.
          const early = ahead?.database === message.database && !ahead.reader.failed ? ahead : null;
          const since = { dirty, dirtyAll };
          if (early) ahead = null;
          stop();
          if (early) ({ dirty, dirtyAll } = since);
          const run = generation;
          session = { key: message.key, database: message.database, run };
          void build(run, message.key, early?.reader ?? readNewestFirst(message.database));
          break;
        }
        case 'changed':
          if (!session && !ahead) break;
          if ('all' in message.change) dirtyAll = true;
          else for (const id of message.change.ids) dirty.add(id);
          if (session && !building) void drain(session.run);
          break;
        case 'search': {
          // Asked before the newest slice is in: answered the moment it is (in the same task),
          // not after the thousands of decrypts queued behind it on this thread. Only the last
          // question waits; one it replaces is answered with nothing found so far.
          if (building && index.size === 0) {
            if (waiting) answer({ ...waiting, limit: 0 });
            waiting = message;
            break;
          }
          answer(message);
          break;
        }
        case 'stop':
          stop();
          break;
      }
    },
  };
}
