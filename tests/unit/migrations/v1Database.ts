import Dexie from 'dexie';

/**
 * The version-1 schema exactly as it shipped, frozen here: the fixture is written through this
 * copy, never through src/db/db.ts, so when db.ts gains version 2 the fixture still stands for
 * a database written by version 1.
 */
export const V1_STORES = {
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
} as const;

export interface V1Fixture {
  about: string;
  passphrase: string;
  /** Raw rows by table; binary values are written as { $bytes: base64 }. */
  tables: Record<string, unknown[]>;
  /** What each sealed record must open to, by table and id. */
  expected: Record<string, Record<string, unknown>>;
}

const encode = (bytes: Uint8Array) => ({ $bytes: Buffer.from(bytes).toString('base64') });

/** Rows to JSON: typed arrays and buffers become base64 (ArrayBuffers marked as such). */
export function toFixtureJson(value: unknown): unknown {
  if (value instanceof ArrayBuffer) return { ...encode(new Uint8Array(value)), buffer: true };
  if (ArrayBuffer.isView(value)) {
    return encode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  }
  if (Array.isArray(value)) return value.map(toFixtureJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toFixtureJson(v)]));
  }
  return value;
}

export function fromFixtureJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromFixtureJson);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.$bytes === 'string') {
      const bytes = new Uint8Array(Buffer.from(record.$bytes, 'base64'));
      if (record.blob) return new Blob([bytes]);
      return record.buffer ? bytes.buffer : bytes;
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fromFixtureJson(v)]));
  }
  return value;
}

/** Writes the fixture's rows into a database at version 1, as the version-1 app left it. */
export async function writeV1Database(name: string, fixture: V1Fixture): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) {
      await old.table(table).bulkAdd(fromFixtureJson(rows) as unknown[]);
    }
  });
  old.close();
}
