import { writeFile } from 'node:fs/promises';
import { describe, it } from 'vitest';
import { db, type SealedTableName } from '../../../src/db/db';
import type { SealedRecord } from '../../../src/db/types';
import { saveEntry } from '../../../src/features/journal/journalRepo';
import { setLock } from '../../../src/features/vault/lockRepo';
import { openFields } from '../../../src/core/sealing';
import { freshVault } from '../../helpers/freshVault';
import { seedRecords } from '../../helpers/journalRecords';
import { sampleJournal } from '../backup/sampleJournal';
import { toFixtureJson, type V1Fixture } from './v1Database';

// Regenerates tests/fixtures/v1-database.json. Run ONLY while db.ts's newest version is 1:
//   MAKE_V1_FIXTURE=1 npx vitest run tests/unit/migrations/makeV1Fixture.test.ts
// Once a version 2 exists, this fixture must stay as it is: it is what version 1 wrote.
const PASSPHRASE = 'fixture passphrase, version one';

describe.skipIf(!process.env.MAKE_V1_FIXTURE)('making the version-1 fixture', () => {
  it('writes a locked version-1 journal with a record in every table', async () => {
    if (db.verno !== 1) throw new Error('The v1 fixture can only be made by version 1.');
    await freshVault();
    await seedRecords(sampleJournal());
    await saveEntry(
      { id: 'repo-entry', body: 'Written through the repository 🌱 مرحبا', step: 3, tags: ['v1'] },
      Date.UTC(2026, 0, 12, 8),
    );
    await db.settings.put({ key: 'crisisLinesHidden', value: true });
    const expected: V1Fixture['expected'] = {};
    for (const table of db.tables) {
      if (table.name === 'keys' || table.name === 'settings') continue;
      expected[table.name] = {};
      for (const row of (await table.toArray()) as SealedRecord[]) {
        expected[table.name]![row.id] = await openFields(table.name as SealedTableName, row);
      }
    }
    await setLock(PASSPHRASE, PASSPHRASE, { iterations: 1000 });
    const tables: V1Fixture['tables'] = {};
    for (const table of db.tables)
      tables[table.name] = toFixtureJson(await table.toArray()) as unknown[];
    const fixture: V1Fixture = {
      about:
        'A Stepwork database as schema version 1 wrote it, locked with `passphrase` (PBKDF2 at 1,000 iterations, for speed). Made by tests/unit/migrations/makeV1Fixture.test.ts; never edit by hand.',
      passphrase: PASSPHRASE,
      tables,
      expected,
    };
    await writeFile(
      new URL('../../fixtures/v1-database.json', import.meta.url),
      `${JSON.stringify(fixture, null, 1)}\n`,
    );
  });
});
