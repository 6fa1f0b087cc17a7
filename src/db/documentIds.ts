import Dexie, {
  type DBCore,
  type DBCoreCursor,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreQuery,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { DOCUMENT_IDS, DOCUMENT_PREFIXES } from './sealedShapes';

/**
 * A document's id names what it holds (`safety-plan`, `letter-to-myself:…`), and ids are the
 * one part of a record IndexedDB keeps in the clear. So the `documents` table stores each known
 * id under an opaque one: a keyed hash (HMAC-SHA-256) of its fixed id or prefix, under a random
 * secret of this journal's own, plus the random tail of a prefixed id. The secret is sealed
 * under the data key like any record (core/documentIdsRepo.ts), so with a lock set nothing in a
 * copy of the files says which document is which. Everything above this middleware (the
 * repositories, live queries, backups, key rotation, the sealing's additional data) sees only
 * the ids a feature knows.
 */

const TABLE = 'documents';
const TAG_BYTES = 12;
// Not in base64url's alphabet: a prefixed kind's tag and its tail never run together.
const TAIL_MARK = '.';
const TAG_CHARS = Math.ceil((TAG_BYTES * 4) / 3);

const FIXED_IDS: readonly string[] = Object.values(DOCUMENT_IDS);
const PREFIXES: readonly string[] = Object.values(DOCUMENT_PREFIXES);

export interface DocumentIdMap {
  toStored(id: string): string;
  toLogical(stored: string): string;
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The map of one journal's secret: every known fixed id and prefix to its stored form and
 * back. Made once (WebCrypto is asynchronous, and a transaction cannot wait on it), then used
 * synchronously inside every read and write. */
export async function makeDocumentIdMap(secret: Uint8Array<ArrayBuffer>): Promise<DocumentIdMap> {
  const key = await crypto.subtle.importKey(
    'raw',
    secret,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const encoder = new TextEncoder();
  const tag = async (name: string) => {
    const mac = await crypto.subtle.sign(
      'HMAC',
      key,
      encoder.encode(`stepwork:document-id:${name}`),
    );
    return base64url(new Uint8Array(mac, 0, TAG_BYTES));
  };
  const fixed = new Map<string, string>();
  for (const id of FIXED_IDS) fixed.set(id, await tag(id));
  const prefixes = new Map<string, string>();
  for (const prefix of PREFIXES) prefixes.set(prefix, (await tag(prefix)) + TAIL_MARK);
  const fixedBack = new Map([...fixed].map(([id, stored]) => [stored, id]));
  const prefixesBack = new Map([...prefixes].map(([prefix, stored]) => [stored, prefix]));
  return {
    toStored(id) {
      const stored = fixed.get(id);
      if (stored !== undefined) return stored;
      for (const [prefix, storedPrefix] of prefixes) {
        if (id.startsWith(prefix)) return storedPrefix + id.slice(prefix.length);
      }
      return id;
    },
    toLogical(stored) {
      const id = fixedBack.get(stored);
      if (id !== undefined) return id;
      if (stored.length > TAG_CHARS && stored[TAG_CHARS] === TAIL_MARK) {
        const prefix = prefixesBack.get(stored.slice(0, TAG_CHARS + 1));
        if (prefix !== undefined) return prefix + stored.slice(TAG_CHARS + 1);
      }
      return stored;
    },
  };
}

/** The fixed id or prefix an id belongs to, if it is one Stepwork knows. */
function spaceOf(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  if (FIXED_IDS.includes(id)) return id;
  return PREFIXES.find((prefix) => id.startsWith(prefix));
}

/** True for an id that names a kind of document, as journals kept them before this map. */
export function isClearDocumentId(id: string): boolean {
  return spaceOf(id) !== undefined;
}

// The map of the open journal; none while it is locked (or not yet opened).
let current: DocumentIdMap | null = null;

export function setDocumentIdMap(map: DocumentIdMap | null): void {
  current = map;
}

/** The id a document is stored under, where the map is loaded (db/deletedRecords.ts keeps its
 * marks under it, so a deleted letter to myself is not named on disk). */
export function storedDocumentId(id: string): string {
  return current ? current.toStored(id) : id;
}

/** Raised for a read or write of documents while no map is loaded: the journal is locked. Named
 * like core's LockedError (db/ cannot import it), so every message that knows a locked journal
 * (lib/errors, the import's errors, autosave) says so here too. */
class DocumentsLockedError extends Error {
  constructor() {
    super('The journal is locked.');
    this.name = 'LockedError';
  }
}

// Transactions that work on the stored ids themselves (the one-time renaming of a journal's
// documents from before this map).
const rawTransactions = new WeakSet<object>();

/** Lets the current Dexie transaction read and write the `documents` table's stored ids as
 * they are. Call inside `db.transaction`. */
export function workOnStoredDocumentIds(): void {
  const trans = Dexie.currentTransaction?.idbtrans as object | undefined;
  if (!trans) throw new Error('workOnStoredDocumentIds needs a transaction.');
  rawTransactions.add(trans);
}

const isRaw = (trans: DBCoreTransaction) => rawTransactions.has(trans);

// DBCoreRangeType is a const enum in Dexie's types; its values, for `isolatedModules`.
const EQUAL = 1;
const RANGE = 2;
const ANY = 3;

function mapRange(range: DBCoreKeyRange, map: DocumentIdMap): DBCoreKeyRange {
  if ((range.type as number) === EQUAL) {
    return { ...range, lower: mapKey(range.lower, map), upper: mapKey(range.upper, map) };
  }
  if ((range.type as number) !== RANGE) return range;
  const space = spaceOf(range.lower);
  if (space === undefined || spaceOf(range.upper) !== space) {
    // A range across kinds of document has no meaning once the ids are opaque.
    throw new Error('Documents are read by id, by kind of id, or all at once.');
  }
  return { ...range, lower: mapKey(range.lower, map), upper: mapKey(range.upper, map) };
}

const mapKey = (key: unknown, map: DocumentIdMap) =>
  typeof key === 'string' ? map.toStored(key) : key;
const mapKeyBack = (key: unknown, map: DocumentIdMap) =>
  typeof key === 'string' ? map.toLogical(key) : key;

function withId(value: unknown, to: (id: string) => string): unknown {
  const id = (value as { id?: unknown } | null)?.id;
  if (typeof id !== 'string') return value;
  const mapped = to(id);
  return mapped === id ? value : { ...(value as object), id: mapped };
}

function mapQuery(query: DBCoreQuery, map: DocumentIdMap): DBCoreQuery {
  return query.index.isPrimaryKey ? { ...query, range: mapRange(query.range, map) } : query;
}

function mapMutation(req: DBCoreMutateRequest, map: DocumentIdMap): DBCoreMutateRequest {
  const keys = (list: readonly unknown[]) => list.map((key) => mapKey(key, map));
  const criteria = <T extends { index: string | null; range: DBCoreKeyRange }>(given?: T) =>
    given && given.index === null ? { ...given, range: mapRange(given.range, map) } : given;
  switch (req.type) {
    case 'add':
    case 'put': {
      const values = req.values.map((value) => withId(value, (id) => map.toStored(id)));
      const mapped = { ...req, values } as typeof req;
      if (req.keys) mapped.keys = keys(req.keys);
      if (req.type === 'put') {
        const put = mapped as Extract<DBCoreMutateRequest, { type: 'put' }>;
        if (req.criteria) put.criteria = criteria(req.criteria);
        if (req.updates) put.updates = { ...req.updates, keys: keys(req.updates.keys) };
      }
      return mapped;
    }
    case 'delete':
      return { ...req, keys: keys(req.keys), criteria: criteria(req.criteria) };
    case 'deleteRange':
      return { ...req, range: mapRange(req.range, map) };
  }
}

function wrapCursor(cursor: DBCoreCursor, primary: boolean, map: DocumentIdMap): DBCoreCursor {
  return Object.create(cursor, {
    key: { get: () => (primary ? mapKeyBack(cursor.key, map) : cursor.key) },
    primaryKey: { get: () => mapKeyBack(cursor.primaryKey, map) },
    value: { get: () => withId(cursor.value, (id) => map.toLogical(id)) },
    continue: {
      value: (key?: unknown) =>
        key === undefined ? cursor.continue() : cursor.continue(primary ? mapKey(key, map) : key),
    },
    continuePrimaryKey: {
      value: (key: unknown, primaryKey: unknown) =>
        cursor.continuePrimaryKey(primary ? mapKey(key, map) : key, mapKey(primaryKey, map)),
    },
  }) as DBCoreCursor;
}

/**
 * The Dexie middleware, innermost of all (below Dexie's own caches and change tracking, so
 * live queries and the deleted-records guard see the ids a feature knows and wake as before).
 */
export const opaqueDocumentIds: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'opaque-document-ids',
  level: -10,
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== TABLE) return table;
      // Plain `.then` chains, not async functions: the promises Dexie hands down carry its
      // transaction zone, and an `await` here would lose it for the caller's next step.
      const mapped = <T>(asStored: boolean, raw: () => T, run: (map: DocumentIdMap) => T) => {
        if (asStored) return raw();
        if (!current) return Promise.reject(new DocumentsLockedError()) as T;
        return run(current);
      };
      const back = (map: DocumentIdMap) => (value: unknown) =>
        withId(value, (id) => map.toLogical(id));
      return {
        ...table,
        get: (req) =>
          mapped(
            isRaw(req.trans),
            () => table.get(req),
            (map) => table.get({ ...req, key: mapKey(req.key, map) }).then(back(map)),
          ),
        getMany: (req) =>
          mapped(
            isRaw(req.trans),
            () => table.getMany(req),
            (map) =>
              table
                .getMany({ ...req, keys: req.keys.map((key) => mapKey(key, map)) })
                .then((values) => values.map(back(map))),
          ),
        query: (req) =>
          mapped(
            isRaw(req.trans),
            () => table.query(req),
            (map) =>
              table.query({ ...req, query: mapQuery(req.query, map) }).then((response) => ({
                ...response,
                // Without values, a query answers with primary keys, whichever index it used.
                result: response.result.map(
                  req.values ? back(map) : (key: unknown) => mapKeyBack(key, map),
                ),
              })),
          ),
        openCursor: (req) =>
          mapped(
            isRaw(req.trans),
            () => table.openCursor(req),
            (map) =>
              table
                .openCursor({ ...req, query: mapQuery(req.query, map) })
                .then(
                  (cursor) =>
                    cursor && wrapCursor(cursor, req.query.index.isPrimaryKey === true, map),
                ),
          ),
        count: (req) =>
          mapped(
            // How many documents there are says nothing a locked journal's files do not.
            isRaw(req.trans) || (req.query.range.type as number) === ANY,
            () => table.count(req),
            (map) => table.count({ ...req, query: mapQuery(req.query, map) }),
          ),
        mutate: (req) =>
          mapped(
            isRaw(req.trans),
            () => table.mutate(req),
            (map) =>
              table.mutate(mapMutation(req, map)).then((response) => ({
                ...response,
                results: response.results?.map((key: unknown) => mapKeyBack(key, map)),
                lastResult: mapKeyBack(response.lastResult, map),
              })),
          ),
      };
    },
  }),
};
