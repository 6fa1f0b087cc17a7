import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLEAR_NAMES } from '../../../src/db/sealedSchemas';
import { applyImport, planImport } from '../../../src/features/backup/importRepo';
import { exportBackup } from '../../../src/features/backup/exportBackup';
import { BACKUP_TABLES } from '../../../src/features/backup/format';
import { openEncryptedBackup } from '../../../src/features/backup/importBackup';
import { parseBackupText } from '../../../src/features/backup/parseBackup';
import { freshVault } from '../../helpers/freshVault';
import { readRecords, seedRecords, type PlainJournal } from '../../helpers/journalRecords';

// Property: exporting any journal and importing the file on an empty profile (a new device: a
// new key) gives back every record of every table exactly, clear fields and words alike.

const RTL = 'אני כותב את זה בלילה — أكتب هذا في الليل';
const EMOJI = '🧡🌱👩🏽‍🦱🏳️‍🌈 café naïve';
const BIG = (RTL + EMOJI + ' kind words, ').repeat(Math.ceil(100_000 / 60)).slice(0, 100_000);

const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(RTL, EMOJI, '<script>alert(1)</script>', '', ' \n\t') },
);
// A body of 100,000 characters in about one record of eight. Allowed in every text field, it came
// to some eleven 100 KB strings a journal and most of the file's time, asking nothing more.
const body = fc.oneof({ weight: 7, arbitrary: text }, { weight: 1, arbitrary: fc.constant(BIG) });
const safeKey = fc
  .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 })
  .filter((key) => !['__proto__', 'constructor', 'prototype'].includes(key))
  // Words never hold a record's clear field names (db/sealedSchemas.ts refuses them).
  .filter((key) => !CLEAR_NAMES.includes(key));
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.constant(null),
);
const fieldsArb = fc.record({
  title: text,
  body,
  tags: fc.array(text, { maxLength: 4 }),
  extra: fc.dictionary(safeKey, fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), {
    maxKeys: 3,
  }),
});

const id = fc.uuid();
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const base = { id, created: time, updated: time, fields: fieldsArb };
const many = <T>(arb: fc.Arbitrary<T>, max = 4) => fc.array(arb, { maxLength: max });

const journalArb = fc.record({
  entries: many(
    fc.record(
      { ...base, day, step: fc.integer({ min: 0, max: 12 }), deletedAt: time },
      { requiredKeys: ['id', 'created', 'updated', 'fields', 'day', 'step'] },
    ),
  ),
  stepProgress: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }).chain((steps) =>
    fc.tuple(
      ...steps.map((step) =>
        fc.record({
          id: fc.constant(`step-${step}`),
          created: time,
          updated: time,
          fields: fieldsArb,
          step: fc.constant(step),
          status: fc.constantFrom('not-started', 'working', 'revisiting', 'complete'),
        }),
      ),
    ),
  ),
  emotionInventories: many(
    fc.record({ ...base, day, status: fc.constantFrom('draft', 'finished') }),
  ),
  inventoryItems: many(
    fc.record({ ...base, day, list: fc.constantFrom('resentment', 'fear', 'harm') }),
  ),
  amends: many(
    fc.record(
      {
        ...base,
        status: fc.constantFrom('listed', 'planning', 'made', 'set-aside'),
        inventoryItemId: id,
      },
      { requiredKeys: ['id', 'created', 'updated', 'fields', 'status'] },
    ),
  ),
  letters: many(
    fc
      .record(
        {
          ...base,
          status: fc.constantFrom('draft', 'finished', 'sealed', 'released'),
          amendsId: id,
          releasedAt: time,
        },
        { requiredKeys: ['id', 'created', 'updated', 'fields', 'status'] },
      )
      // A released letter's words are deleted for good: it is kept, and carried, with none.
      .map((letter) => (letter.status === 'released' ? { ...letter, fields: {} } : letter)),
  ),
  contacts: many(fc.record(base)),
  checkins: fc
    .uniqueArray(day, { maxLength: 3 })
    .chain((days) => fc.tuple(...days.map((d) => fc.record({ ...base, day: fc.constant(d) })))),
  goals: many(fc.record({ ...base, status: fc.constantFrom('draft', 'active', 'archived') })),
  goalLogs: many(fc.record({ ...base, goalId: id, day })),
  // Documents are of the kinds Stepwork writes (db/sealedShapes.ts): a prefix and a fresh id.
  documents: many(
    fc.record({
      ...base,
      id: fc
        .tuple(fc.constantFrom('letter-to-myself:', 'self-care:'), fc.uuid())
        .map(([prefix, uuid]) => prefix + uuid),
      fields: fc.record({ body, promise: text, area: fc.constantFrom('rest', 'other') }),
    }),
  ),
});

/** uuid() can repeat across tables but not within one; the unique check makes sure. */
function uniqueIds(journal: PlainJournal): boolean {
  return Object.values(journal).every(
    (records) => new Set(records.map((r) => r.id)).size === records.length,
  );
}

async function importText(text: string, passphrase?: string) {
  const parsed = parseBackupText(text);
  const document = parsed.encrypted
    ? await openEncryptedBackup(parsed.envelope, passphrase!)
    : parsed.document;
  const plan = await planImport(document.journal);
  await applyImport(document.journal, 'replace', plan);
}

describe('export → import on an empty profile', () => {
  it('reproduces every record of random journals exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        journalArb.filter((j) => uniqueIds(j as PlainJournal)),
        fc.boolean(),
        async (generated, encrypted) => {
          const journal = generated as unknown as PlainJournal;
          await freshVault();
          await seedRecords(journal);
          const expected = await readRecords(BACKUP_TABLES);
          const passphrase = encrypted ? 'a long walk home 🌙' : undefined;
          const { text, unreadable } = await exportBackup({ passphrase, iterations: 1000 });
          expect(unreadable).toBe(0);
          await freshVault(); // a new device: another key, nothing stored
          await importText(text, passphrase);
          expect(await readRecords(BACKUP_TABLES)).toEqual(expected);
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 30) },
    );
  }, 300_000);
});
