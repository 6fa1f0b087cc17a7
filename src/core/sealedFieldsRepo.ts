import { db } from '../db/db';
import { MOVED_INTO_WORDS } from '../db/sealedShapes';
import { checkSealedShape } from './sealedSchemasLoader';
import type { SealedRecord } from '../db/types';
import { open, seal, SealError } from './crypto';

type Row = SealedRecord & Record<string, unknown>;

function sameIv(a: Uint8Array, b: Uint8Array): boolean {
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  return x.length === y.length && x.every((byte, i) => byte === y[i]);
}

/**
 * Moves fields an older version kept in the clear (an amends item's status: "set aside" says
 * "set aside for safety") into each row's sealed words, once, with the data key. A row written
 * again meanwhile is left for the next start; a row that does not open stays exactly as it is,
 * as key rotation leaves it (it is shown as damaged either way). Returns how many it moved.
 */
export async function sealMovedFields(key: CryptoKey): Promise<number> {
  let moved = 0;
  for (const [table, names] of Object.entries(MOVED_INTO_WORDS)) {
    const hasClear = (row: Row) => names.some((name) => Object.hasOwn(row, name));
    const rows = ((await db.table(table).toArray()) as Row[]).filter(hasClear);
    if (rows.length === 0) continue;
    const resealed: { before: Row; after: Row }[] = [];
    for (const row of rows) {
      let words: Record<string, unknown>;
      try {
        words = await open<Record<string, unknown>>(key, table, row.id, row.sealed);
      } catch (error) {
        if (error instanceof SealError) continue;
        throw error;
      }
      const after: Row = { ...row };
      const next = { ...words };
      for (const name of names) {
        if (!Object.hasOwn(next, name) && row[name] !== undefined) next[name] = row[name];
        delete after[name];
      }
      if (!(await checkSealedShape(table as keyof typeof MOVED_INTO_WORDS, row.id, next)).ok)
        continue;
      after.sealed = await seal(key, table, row.id, next);
      resealed.push({ before: row, after });
    }
    await db.transaction('rw', db.table(table), async () => {
      for (const { before, after } of resealed) {
        const now = (await db.table(table).get(before.id)) as Row | undefined;
        if (!now || !hasClear(now) || !sameIv(now.sealed.iv, before.sealed.iv)) continue;
        await db.table(table).put(after);
        moved += 1;
      }
    });
  }
  return moved;
}
