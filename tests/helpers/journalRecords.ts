import { db, type SealedTableName } from '../../src/db/db';
import { keptWithoutWords, MOVED_INTO_WORDS } from '../../src/db/sealedShapes';
import type { SealedRecord } from '../../src/db/types';
import { seal } from '../../src/core/crypto';
import { openFields, sealFields } from '../../src/core/sealing';
import { currentKey } from '../../src/core/vaultStore';

/** A record as the tests think of it: clear fields plus the opened words. */
export type PlainRecord = Record<string, unknown> & { id: string; fields: unknown };
export type PlainJournal = Record<string, PlainRecord[]>;

/** Writes records straight into the tables, sealed with the session key, the way each
 * repository stores them: the backup is generic over tables, so its tests are too. */
export async function seedRecords(journal: PlainJournal): Promise<void> {
  for (const [table, records] of Object.entries(journal)) {
    const rows = await Promise.all(
      records.map(async ({ fields, ...given }) => {
        // Stored as the database keeps it now: a field it seals goes into the words.
        const clear: Record<string, unknown> = { ...given };
        let words = fields;
        for (const name of MOVED_INTO_WORDS[table as SealedTableName] ?? []) {
          if (!Object.hasOwn(clear, name)) continue;
          words = { ...(words as Record<string, unknown>), [name]: clear[name] };
          delete clear[name];
        }
        // A released letter's note is kept with no words, as the letters repository keeps it.
        if (keptWithoutWords(table as SealedTableName, clear)) return clear;
        return { ...clear, sealed: await sealFields(table as SealedTableName, given.id, words) };
      }),
    );
    await db.table(table).bulkAdd(rows);
  }
}

/** Every record of the given tables, opened with the session key and sorted by id: read here
 * without the backup code, so the tests do not check the export with itself. */
export async function readRecords(tables: readonly string[]): Promise<PlainJournal> {
  const out: PlainJournal = {};
  for (const table of tables) {
    const rows = (await db.table(table).toArray()) as SealedRecord[];
    const records = await Promise.all(
      rows.map(async (row) => {
        const clear: Record<string, unknown> = { ...row };
        delete clear.sealed;
        // Read as the records were given: a field the database seals comes back beside the words.
        if (keptWithoutWords(table as SealedTableName, row))
          return { ...clear, fields: {} } as PlainRecord;
        const fields = await openFields<Record<string, unknown>>(table as SealedTableName, row);
        for (const name of MOVED_INTO_WORDS[table as SealedTableName] ?? []) {
          if (Object.hasOwn(fields, name)) clear[name] = fields[name];
          delete fields[name];
        }
        return { ...clear, fields } as PlainRecord;
      }),
    );
    out[table] = records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return out;
}

/** The raw rows of every table, for "nothing changed" checks (sealed bytes included). */
export async function snapshotDb(): Promise<string> {
  const parts: string[] = [];
  for (const table of db.tables) {
    const rows = await table.toArray();
    parts.push(
      `${table.name}:${JSON.stringify(rows, (_key, value: unknown) =>
        ArrayBuffer.isView(value)
          ? Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))
          : value instanceof ArrayBuffer
            ? Array.from(new Uint8Array(value))
            : value,
      )}`,
    );
  }
  return parts.join('\n');
}

/** Seals words as they are, with the session key and no shape check: what a hand-made backup,
 * or a bug before the shapes registry, could have left in a table. */
export function sealUnchecked(table: SealedTableName, id: string, words: unknown) {
  return seal(currentKey(), table, id, words);
}
