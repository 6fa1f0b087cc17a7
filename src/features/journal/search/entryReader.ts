import { open as openSealed } from '../../../core/crypto';
import { checkSealedShape } from '../../../db/sealedSchemas';
import type { EntryFields, EntryRow } from '../../../db/types';
import type { IndexedEntry } from './textIndex';

/**
 * The search worker's own reads of the journal's entries (searchHost.ts says why it reads them
 * itself): plain IndexedDB, opened with the session key, never written.
 *
 * The first build reads newest first, in slices by the `created` index, so the newest entries
 * can be searched while the older ones are still being opened.
 */

/** Measured on 10,000 entries in Chromium: batches of 500 opened them in 250 ms, of 250 in
 * 265 ms, of 1,000 in 285 ms, and one read of the whole table in 340 ms (journalRepo.ts). */
const CHUNK = 500;
/** The newest slice is smaller: it is what the first answer waits for (100 entries opened in
 * about half the time 250 took, 35 against 80 ms here under load). */
const FIRST_CHUNK = 100;

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

const openRows = (key: CryptoKey, rows: EntryRow[]) =>
  Promise.all(rows.map((row) => openRow(key, row))).then((entries) => entries.filter(isEntry));

/** Where a slice starts: at or below `key` (`open`: strictly below), by `created`. */
interface Top {
  key: number;
  open: boolean;
}

/**
 * One slice of entries, newest first: the `size` newest at or below `from` (or the newest of
 * all), and where the next slice starts. Entries created at the same moment as the slice's edge
 * start the next slice, so none is read twice or missed at an edge.
 */
async function readSlice(
  db: IDBDatabase,
  from: Top | null,
  size: number,
): Promise<{ rows: EntryRow[]; next: Top | null }> {
  const index = db.transaction('entries').objectStore('entries').index('created');
  const range = from ? IDBKeyRange.upperBound(from.key, from.open) : null;
  // A key cursor walks `size` entries down from the top of the range to find the slice's edge.
  const edge = await new Promise<number | undefined>((resolve, reject) => {
    const walking = index.openKeyCursor(range, 'prev');
    let advanced = false;
    walking.onerror = () => reject(walking.error ?? new Error('IndexedDB failed'));
    walking.onsuccess = () => {
      const cursor = walking.result;
      if (!cursor) return resolve(undefined);
      if (advanced) return resolve(cursor.key as number);
      advanced = true;
      cursor.advance(size);
    };
  });
  // No edge: this slice reaches the oldest entry.
  if (edge === undefined)
    return { rows: (await request(index.getAll(range))) as EntryRow[], next: null };
  // More than a slice's worth created at the very same moment: they make a slice of their own.
  if (from && !from.open && edge === from.key) {
    const rows = (await request(index.getAll(IDBKeyRange.only(edge)))) as EntryRow[];
    return { rows, next: { key: edge, open: true } };
  }
  const slice = from
    ? IDBKeyRange.bound(edge, from.key, true, from.open)
    : IDBKeyRange.lowerBound(edge, true);
  const rows = (await request(index.getAll(slice))) as EntryRow[];
  return { rows, next: { key: edge, open: false } };
}

/** The journal's sealed entries, newest first, a slice at a time, read ahead of opening them. */
export interface SliceReader {
  /** The next slice, or undefined once every slice has been given. Rejects if reading failed. */
  next(): Promise<EntryRow[] | undefined>;
  /** True once reading has failed: a reader read ahead that failed is not worth handing on. */
  readonly failed: boolean;
  /** Resolves once reading ends: true when every entry was read, false when it failed or was
   * stopped. */
  whenRead(): Promise<boolean>;
  /** Stops reading and lets go of every slice not yet given. */
  stop(): void;
}

/**
 * Starts reading every entry, newest first, into slices held until asked for. Reading needs no
 * key and opens nothing: what is held is the ciphertext as stored, so it can start while the
 * journal is still locked and overlap the time a person takes to type their passphrase.
 */
export function readNewestFirst(database: string): SliceReader {
  const slices: EntryRow[][] = [];
  let finished = false;
  let failure: unknown;
  let stopped = false;
  let wake: (() => void) | undefined;
  const tell = () => {
    wake?.();
    wake = undefined;
  };
  const reading = (async () => {
    const db = await openDatabase(database);
    try {
      let from: Top | null = null;
      let size = FIRST_CHUNK;
      while (!stopped) {
        const { rows, next } = await readSlice(db, from, size);
        if (stopped) break;
        slices.push(rows);
        tell();
        if (!next) break;
        from = next;
        size = CHUNK;
      }
    } finally {
      db.close();
    }
  })().then(
    () => {
      finished = true;
      tell();
      return !stopped;
    },
    (error: unknown) => {
      failure = error ?? new Error('IndexedDB failed');
      finished = true;
      tell();
      return false;
    },
  );
  return {
    async next() {
      while (slices.length === 0 && !finished && !stopped) {
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const slice = slices.shift();
      if (slice) return slice;
      if (failure !== undefined) throw failure;
      return undefined;
    },
    get failed() {
      return failure !== undefined;
    },
    whenRead: () => reading,
    stop() {
      stopped = true;
      slices.length = 0;
      tell();
    },
  };
}

/** Slices whose entries are being opened at once. One at a time left WebCrypto idle while the
 * page's side waited for a slice's last decrypt (every entry searchable took 1.6 s instead of
 * 0.75 s); more than a few would make the newest slice wait behind the older ones' decrypts. */
const IN_FLIGHT = 3;

/**
 * Opens every live entry the reader gives, newest first, handing each slice to `onSlice` as soon
 * as it and every newer slice are opened (in order, newest first); up to IN_FLIGHT slices are
 * opened at once. `onSlice` returns false to stop. The reader is stopped when this ends.
 */
export async function openNewestFirst(
  key: CryptoKey,
  reader: SliceReader,
  onSlice: (entries: IndexedEntry[]) => boolean,
): Promise<void> {
  let going = true;
  // Each slice is handed over after the one before it: the chain keeps them in order.
  let handed: Promise<void> = Promise.resolve();
  const inFlight: Promise<void>[] = [];
  try {
    while (going) {
      // Room for one more: wait until the oldest slice in flight has been handed over.
      if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
      if (!going) break;
      const rows = await reader.next();
      if (!rows) break;
      const opening = openRows(key, rows);
      handed = handed.then(async () => {
        const entries = await opening;
        if (going && !onSlice(entries)) going = false;
      });
      inFlight.push(handed);
    }
    await handed;
  } catch (error) {
    going = false;
    // A slice still being opened must not be handed over, nor fail unheard, after this one.
    handed.catch(() => undefined);
    throw error;
  } finally {
    reader.stop();
  }
}

/** Every live entry, opened, in no particular order; one batch is opened while the next is read. */
export async function openAll(key: CryptoKey, database: string): Promise<IndexedEntry[]> {
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
      batches.push(openRows(key, rows));
      rows = await next;
    }
    return (await Promise.all(batches)).flat();
  } finally {
    db.close();
  }
}

/** The entries named, opened; undefined for one deleted, in Trash or that cannot be opened. */
export async function openSome(
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
