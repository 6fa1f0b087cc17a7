import Dexie from 'dexie';
import { fromFixtureJson, V1_STORES, type V1Fixture } from './v1Database';

/**
 * The version-2 schema exactly as it shipped (version 1 with an amends item's status sealed and
 * the document-id secret added), frozen here like V1_STORES, so the v2 fixture keeps standing for
 * a database written by version 2 whatever db.ts becomes.
 */
export const V2_STORES = {
  ...V1_STORES,
  amends: 'id, created, updated, inventoryItemId',
  idKeys: 'id',
} as const;

/** Same form as the v1 fixture: raw rows as stored (documents under their opaque ids). */
export type V2Fixture = V1Fixture;

/** Writes the fixture's rows into a database at version 2, as the version-2 app left it. */
export async function writeV2Database(name: string, fixture: V2Fixture): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  old.version(2).stores(V2_STORES);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) {
      await old.table(table).bulkAdd(fromFixtureJson(rows) as unknown[]);
    }
  });
  old.close();
}
