import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_SHAPES, documentKind, SHAPES } from '../../../src/db/sealedSchemas';
import { encryptBackup } from '../../../src/features/backup/backupCrypto';
import { exportBackup } from '../../../src/features/backup/exportBackup';
import { BACKUP_TABLES, TABLE_LABELS, type BackupTable } from '../../../src/features/backup/format';
import { openEncryptedBackup } from '../../../src/features/backup/importBackup';
import { ImportError } from '../../../src/features/backup/importErrors';
import { applyImport, planImport } from '../../../src/features/backup/importRepo';
import { parseBackupText } from '../../../src/features/backup/parseBackup';
import { freshVault } from '../../helpers/freshVault';
import { seedRecords, snapshotDb } from '../../helpers/journalRecords';
import { wellShapedJournal } from '../../helpers/wellShapedJournal';

// Backups whose clear fields are right but whose words are oddly shaped, in every table and
// every kind of document: each is refused with a message that says where, and nothing in the
// database changes. The odd value is chosen without asking the schemas: any place in a
// well-shaped record's words given a value of another JSON kind (text for a number, a list for
// an object, null for text...) is a shape Stepwork never writes.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];
interface Doc {
  journal: Record<BackupTable, { id: string; fields: Json }[]>;
}

const kindOf = (value: Json) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

const OTHERS: Json[] = [
  'a word',
  '',
  7,
  -1.5,
  0,
  true,
  false,
  null,
  [],
  ['x'],
  [1, 2],
  {},
  { id: 'x' },
];

/** Every place inside a record's words, at any depth. */
function placesIn(value: Json, path: Path = []): Path[] {
  const out: Path[] = path.length > 0 ? [path] : [];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...placesIn(item, [...path, i])));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) out.push(...placesIn(inner, [...path, key]));
  }
  return out;
}

function valueAt(root: Json, path: Path): Json {
  let value = root;
  for (const key of path) value = (value as Record<string | number, Json>)[key]!;
  return value;
}

function setAt(root: Json, path: Path, next: Json): void {
  const parent = valueAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1]!] = next;
}

async function importText(text: string, passphrase?: string) {
  const parsed = parseBackupText(text);
  const document = parsed.encrypted
    ? await openEncryptedBackup(parsed.envelope, passphrase!)
    : parsed.document;
  const plan = await planImport(document.journal);
  await applyImport(document.journal, 'replace', plan);
}

async function refusal(text: string, passphrase?: string): Promise<ImportError> {
  const error = await importText(text, passphrase).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

let valid: Doc;
let before = '';
/** Every record in the file: its table and place in the list. */
let targets: { table: BackupTable; index: number }[] = [];

beforeAll(async () => {
  await freshVault();
  await seedRecords(wellShapedJournal());
  valid = JSON.parse((await exportBackup()).text) as Doc;
  before = await snapshotDb();
  targets = BACKUP_TABLES.flatMap((table) =>
    valid.journal[table].map((_, index) => ({ table, index })),
  );
});

describe('a backup with oddly shaped words', () => {
  it('covers every sealed table and every kind of document a backup carries', () => {
    for (const table of BACKUP_TABLES) {
      expect(valid.journal[table].length, table).toBeGreaterThan(0);
      if (table !== 'documents') expect(Object.keys(SHAPES)).toContain(table);
    }
    const kinds = new Set(valid.journal.documents.map((record) => documentKind(record.id)));
    // The trends digest is rebuilt from the inventories, never carried in a backup.
    const carried = Object.keys(DOCUMENT_SHAPES).filter((kind) => kind !== 'trendDigest');
    expect([...kinds].sort()).toEqual(carried.sort());
  });

  it('imports the well-shaped file itself', async () => {
    await importText(JSON.stringify(valid));
    await freshVault();
    await seedRecords(wellShapedJournal());
    before = await snapshotDb();
  });

  it('refuses words that are not an object, in every record, saying where', async () => {
    for (const { table, index } of targets) {
      for (const odd of [42, 'words', null, true, [], [{}]] as Json[]) {
        const copy = structuredClone(valid);
        copy.journal[table][index]!.fields = odd;
        const error = await refusal(JSON.stringify(copy));
        expect(error.kind).toBe('invalid');
        // Words that are not an object at all are caught with the clear fields (“fields”).
        expect(error.message).toContain(`${TABLE_LABELS[table]}, record ${index + 1}`);
        expect(error.message).toContain('has not been changed');
      }
    }
    expect(await snapshotDb()).toBe(before);
  });

  it('refuses a value of another kind anywhere in the words, saying where (fuzzed)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...OTHERS),
        async (which, where, replacement) => {
          const { table, index } = targets[which % targets.length]!;
          const copy = structuredClone(valid);
          const record = copy.journal[table][index]!;
          const places = placesIn(record.fields);
          const path = places[where % places.length]!;
          fc.pre(kindOf(replacement) !== kindOf(valueAt(record.fields, path)));
          setAt(record.fields, path, replacement);
          const error = await refusal(JSON.stringify(copy));
          expect(error.kind, `${table} ${index} ${path.join('.')}`).toBe('invalid');
          expect(error.message).toContain(`${TABLE_LABELS[table]}, record ${index + 1}, “`);
          expect(error.message).toContain('the words are not in the shape Stepwork writes');
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 300) },
    );
    expect(await snapshotDb()).toBe(before);
  }, 120_000);

  it('refuses a document of a kind Stepwork does not write, saying where', async () => {
    const copy = structuredClone(valid);
    copy.journal.documents.push({ ...copy.journal.documents[0]!, id: 'notes-to-self' });
    const error = await refusal(JSON.stringify(copy));
    expect(error.message).toContain(
      `Plans and worksheets, record ${copy.journal.documents.length}: Stepwork does not write this kind of record`,
    );
    expect(await snapshotDb()).toBe(before);
  });

  it('refuses the same in an encrypted file, once it is opened', async () => {
    const copy = structuredClone(valid);
    (copy.journal.entries[0]!.fields as Record<string, Json>).body = 42;
    // Made the way exportBackup makes one, from a plain document: the check after decryption
    // is the one under test.
    const envelope = await encryptBackup(JSON.stringify(copy), 'a long walk home', {
      iterations: 1000,
    });
    const error = await refusal(JSON.stringify(envelope), 'a long walk home');
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain('Journal entries, record 1, “body”');
    expect(await snapshotDb()).toBe(before);
  });

  it('checks 10,000 entries’ words quickly', () => {
    const copy = structuredClone(valid);
    const entry = copy.journal.entries[0]!;
    copy.journal.entries = Array.from({ length: 10_000 }, (_, i) => ({ ...entry, id: `e${i}` }));
    const text = JSON.stringify(copy);
    const start = performance.now();
    parseBackupText(text);
    const elapsed = performance.now() - start;
    expect(elapsed).toBeLessThan(3000);
  });
});
