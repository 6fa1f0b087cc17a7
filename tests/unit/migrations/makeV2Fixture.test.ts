import Dexie from 'dexie';
import { writeFile } from 'node:fs/promises';
import { describe, it } from 'vitest';
import { db, DB_NAME, type SealedTableName } from '../../../src/db/db';
import type { SealedRecord } from '../../../src/db/types';
import { saveEntry } from '../../../src/features/journal/journalRepo';
import { setLock } from '../../../src/features/vault/lockRepo';
import { openFields } from '../../../src/core/sealing';
import { freshVault } from '../../helpers/freshVault';
import { seedRecords } from '../../helpers/journalRecords';
import { sampleJournal } from '../backup/sampleJournal';
import { toFixtureJson } from './v1Database';
import type { V2Fixture } from './v2Database';

// Regenerates tests/fixtures/v2-database.json. Run ONLY while db.ts's newest version is 2:
//   MAKE_V2_FIXTURE=1 npx vitest run tests/unit/migrations/makeV2Fixture.test.ts
// Once a version 3 exists, this fixture must stay as it is: it is what version 2 wrote.
const PASSPHRASE = 'fixture passphrase, version two';

describe.skipIf(!process.env.MAKE_V2_FIXTURE)('making the version-2 fixture', () => {
  it('writes a locked version-2 journal with a record in every table', async () => {
    if (db.verno !== 2) throw new Error('The v2 fixture can only be made by version 2.');
    await freshVault();
    await seedRecords(sampleJournal());
    await saveEntry(
      { id: 'repo-entry', body: 'Written through the repository 🌱 مرحبا', step: 3, tags: ['v2'] },
      Date.UTC(2026, 0, 12, 8),
    );
    await db.settings.put({ key: 'crisisLinesHidden', value: true });
    const expected: V2Fixture['expected'] = {};
    for (const table of db.tables) {
      if (['keys', 'settings', 'idKeys'].includes(table.name)) continue;
      expected[table.name] = {};
      for (const row of (await table.toArray()) as SealedRecord[]) {
        // A released letter's note has no words to open.
        expected[table.name]![row.id] = row.sealed
          ? await openFields(table.name as SealedTableName, row)
          : null;
      }
    }
    await setLock(PASSPHRASE, PASSPHRASE, { iterations: 1000 });
    // The rows as they are on disk: without Stepwork's middlewares, documents keep their opaque
    // ids, as version 2 stores them.
    const raw = new Dexie(DB_NAME);
    await raw.open();
    const tables: V2Fixture['tables'] = {};
    for (const table of raw.tables) {
      const rows = (await table.toArray()) as Record<string, unknown>[];
      // The key's bytes are a Blob (keyRepo.ts): written out as bytes marked to become one again.
      const plain = await Promise.all(
        rows.map(async (row) =>
          row.blob instanceof Blob
            ? { ...row, blob: new Uint8Array(await row.blob.arrayBuffer()) }
            : row,
        ),
      );
      tables[table.name] = (toFixtureJson(plain) as Record<string, unknown>[]).map((row) =>
        rows.find((r) => r.id === row.id)?.blob instanceof Blob
          ? { ...row, blob: { ...(row.blob as object), blob: true } }
          : row,
      );
    }
    raw.close();
    const fixture: V2Fixture = {
      about:
        'A Stepwork database as schema version 2 wrote it, locked with `passphrase` (PBKDF2 at 1,000 iterations, for speed); document ids as stored (opaque). Made by tests/unit/migrations/makeV2Fixture.test.ts; never edit by hand.',
      passphrase: PASSPHRASE,
      tables,
      expected,
    };
    await writeFile(
      new URL('../../fixtures/v2-database.json', import.meta.url),
      `${JSON.stringify(fixture, null, 1)}\n`,
    );
  });
});
