import Dexie from 'dexie';
import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, DB_NAME, type SealedTableName } from '../../../src/db/db';
import type { SealedRecord } from '../../../src/db/types';
import { deleteContact } from '../../../src/features/safety/contactWrites';
import { unlock } from '../../../src/features/vault/lockRepo';
import { openFields } from '../../../src/core/sealing';
import { startVault } from '../../../src/features/vault/vaultRepo';
import { useVaultStore } from '../../../src/core/vaultStore';
import { fromFixtureJson } from './v1Database';
import { writeV2Database, type V2Fixture } from './v2Database';

// DESIGN.md rule 3: the version-2 fixture (a locked journal as version 2 wrote it, documents
// under their opaque ids) opened with the current code: every record, clear fields and words.

const fixture = JSON.parse(
  await readFile(new URL('../../fixtures/v2-database.json', import.meta.url), 'utf8'),
) as V2Fixture;

beforeEach(async () => {
  db.close();
  await Dexie.delete(DB_NAME);
  useVaultStore.setState({ status: 'starting' }, true);
  await writeV2Database(DB_NAME, fixture);
});

describe('a journal written by schema version 2', () => {
  it('opens with the current code, unlocks, and every record reads as it was written', async () => {
    await db.open();
    expect(await startVault()).toBe('locked');
    await unlock(fixture.passphrase);

    let checked = 0;
    for (const [table, byId] of Object.entries(fixture.expected)) {
      const rows = (await db.table(table).toArray()) as SealedRecord[];
      expect(rows.map((r) => r.id).sort(), table).toEqual(Object.keys(byId).sort());
      const written = fromFixtureJson(fixture.tables[table]) as Record<string, unknown>[];
      expect(rows, table).toHaveLength(written.length);
      for (const row of rows) {
        const expected = byId[row.id] as Record<string, unknown> | null;
        if (table !== 'documents') {
          // Clear fields as written (documents are written under their stored ids).
          const original = written.find((w) => w.id === row.id)!;
          for (const [field, value] of Object.entries(original)) {
            if (field === 'sealed') continue;
            expect(row[field as keyof SealedRecord], `${table}.${field}`).toEqual(value);
          }
        }
        if (expected === null) {
          expect(row.sealed, `${table}/${row.id} has no words`).toBeUndefined();
        } else {
          const words = await openFields<Record<string, unknown>>(table as SealedTableName, row);
          expect(words, `${table}/${row.id}`).toMatchObject(expected);
        }
        checked += 1;
      }
    }
    expect(checked).toBe(
      Object.values(fixture.expected).reduce((n, t) => n + Object.keys(t).length, 0),
    );
    expect(checked).toBeGreaterThanOrEqual(14);
    expect(await db.settings.get('crisisLinesHidden')).toEqual({
      key: 'crisisLinesHidden',
      value: true,
    });
    // Version 3: the table of deletion marks is there, empty, and a deletion for good now
    // leaves its mark beside the records it did not touch.
    expect(await db.deletions.count()).toBe(0);
    await deleteContact('c1');
    expect(await db.deletions.toArray()).toEqual([{ id: 'c1' }]);
    expect(await db.entries.count()).toBe(fixture.tables.entries!.length);
  });
});
