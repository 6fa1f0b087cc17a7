import Dexie from 'dexie';
import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyOpenError } from '../../../src/app/DbFailure';
import { db, DB_NAME, StepworkDB, type SealedTableName } from '../../../src/db/db';
import type { SealedRecord } from '../../../src/db/types';
import { upgradeStep } from '../../../src/db/upgrade';
import { isClearDocumentId } from '../../../src/db/documentIds';
import { MOVED_INTO_WORDS } from '../../../src/db/sealedShapes';
import { unlock } from '../../../src/features/vault/lockRepo';
import { openFields } from '../../../src/core/sealing';
import { startVault } from '../../../src/features/vault/vaultRepo';
import { useVaultStore } from '../../../src/core/vaultStore';
import { fromFixtureJson, V1_STORES, writeV1Database, type V1Fixture } from './v1Database';

// DESIGN.md rule 3: every schema version is tested against a database the previous versions
// wrote. This harness opens the version-1 fixture with the current code (whatever its newest
// version is) and checks every record, clear fields and sealed words alike.

const fixture = JSON.parse(
  await readFile(new URL('../../fixtures/v1-database.json', import.meta.url), 'utf8'),
) as V1Fixture;

beforeEach(async () => {
  db.close();
  await Dexie.delete(DB_NAME);
  useVaultStore.setState({ status: 'starting' }, true);
  await writeV1Database(DB_NAME, fixture);
});

describe('a journal written by schema version 1', () => {
  it('opens with the current code, unlocks, and every record reads as it was written', async () => {
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);
    expect(await startVault()).toBe('locked');
    await unlock(fixture.passphrase);
    // Its key, wrapped inside the record itself, was renewed and moved into a Blob on unlock.
    const keys = await db.keys.toArray();
    expect(keys.map((row) => ('form' in row ? `${row.id}:${row.form}` : row.id)).sort()).toEqual([
      'bytes',
      'data:passphrase',
    ]);

    let checked = 0;
    for (const [table, byId] of Object.entries(fixture.expected)) {
      const rows = (await db.table(table).toArray()) as SealedRecord[];
      expect(rows.map((r) => r.id).sort(), table).toEqual(Object.keys(byId).sort());
      const written = fromFixtureJson(fixture.tables[table]) as Record<string, unknown>[];
      const moved = MOVED_INTO_WORDS[table as SealedTableName] ?? [];
      for (const row of rows) {
        // Clear fields as written (a future upgrade that adds fields checks them here too),
        // except those version 2 seals: they are gone from the clear and inside the words.
        const original = written.find((w) => w.id === row.id)!;
        const words = await openFields<Record<string, unknown>>(table as SealedTableName, row);
        for (const [field, value] of Object.entries(original)) {
          if (field === 'sealed') continue;
          if (moved.includes(field)) {
            expect(Object.hasOwn(row, field), `${table}.${field} in the clear`).toBe(false);
            expect(words[field], `${table}.${field} sealed`).toEqual(value);
            continue;
          }
          expect(row[field as keyof SealedRecord], `${table}.${field}`).toEqual(value);
        }
        // Every record opens through the shapes registry (none is shown as damaged) and holds
        // every word it was written with; a field an older record lacks comes back filled in.
        expect(words, `${table}/${row.id}`).toMatchObject(byId[row.id] as Record<string, unknown>);
        checked += 1;
      }
    }
    expect(checked).toBe(
      Object.values(fixture.expected).reduce((n, t) => n + Object.keys(t).length, 0),
    );
    expect(checked).toBeGreaterThanOrEqual(13);
    // Version 2: no document keeps the readable id that names it on disk (the fixture has the
    // safety plan), and no amends item its status; the words still open under the ids above.
    const raw = new Dexie(DB_NAME);
    await raw.open();
    const storedDocuments = (await raw.table('documents').toArray()) as SealedRecord[];
    const storedAmends = (await raw.table('amends').toArray()) as Record<string, unknown>[];
    raw.close();
    expect(storedDocuments.map((row) => row.id)).toHaveLength(fixture.tables.documents!.length);
    for (const row of storedDocuments) expect(isClearDocumentId(row.id), row.id).toBe(false);
    expect(storedAmends.length).toBeGreaterThan(0);
    for (const row of storedAmends) expect(Object.hasOwn(row, 'status')).toBe(false);
    expect(await db.settings.get('crisisLinesHidden')).toEqual({
      key: 'crisisLinesHidden',
      value: true,
    });
  });

  it('a failing upgrade aborts, says so, and leaves the version-1 journal as it was', async () => {
    // The documented pattern for a future version, with an upgrade that fails part-way.
    class Broken extends StepworkDB {
      constructor() {
        super(DB_NAME);
        this.version(this.verno + 1)
          .stores({})
          .upgrade(
            upgradeStep(this.verno + 1, async (tx) => {
              await tx.table('entries').toCollection().modify({ step: 99 });
              throw new Error('the upgrade hit a record it could not convert');
            }),
          );
      }
    }
    const broken = new Broken();
    const error = await broken.open().then(
      () => undefined,
      (e: unknown) => e,
    );
    broken.close();
    expect(error).toBeDefined();
    expect(classifyOpenError(error)).toBe('upgrade');

    const old = new Dexie(DB_NAME);
    old.version(1).stores(V1_STORES);
    await old.open();
    expect(old.verno).toBe(1);
    const steps = (await old.table('entries').toArray()).map((e: { step: number }) => e.step);
    expect(steps).not.toContain(99);
    expect(await old.table('entries').count()).toBe(fixture.tables.entries!.length);
    old.close();
  });
});
