// Runs in the app's own origin (served by scripts/bench/backup.mjs), so it measures the same
// code, database and WebCrypto the app uses. Seeding writes sealed rows in bulk (the backup is
// generic over tables, so what matters is how many records there are and how many words), in
// the shapes the repositories store; the export and import are the app's own functions.
import { db } from '../../src/db/db';
import type { SealedTableName } from '../../src/db/db';
import { applyImport, planImport } from '../../src/features/backup/importRepo';
import { exportBackup } from '../../src/features/backup/exportBackup';
import { openEncryptedBackup } from '../../src/features/backup/importBackup';
import { parseBackupText } from '../../src/features/backup/parseBackup';
import { forgetOpenedEntries } from '../../src/core/openedEntries';
import { sealFields } from '../../src/core/sealing';
import { startVault } from '../../src/features/vault/vaultRepo';
import { useVaultStore } from '../../src/core/vaultStore';
import { makeCorpus, random } from './corpus.mjs';

const DAY = 86_400_000;
const PASSPHRASE = 'bench backup passphrase';

async function fresh() {
  forgetOpenedEntries();
  db.close();
  await db.delete();
  useVaultStore.setState({ status: 'starting' }, true);
  await db.open();
  await startVault();
}

async function put(table: SealedTableName, rows: { id: string; fields: unknown }[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = await Promise.all(
      rows.slice(i, i + 1000).map(async ({ fields, ...clear }) => ({
        ...clear,
        sealed: await sealFields(table, clear.id, fields),
      })),
    );
    await db.table(table).bulkAdd(chunk);
  }
}

async function seed(counts: { entries: number; inventories: number; letters: number }) {
  await fresh();
  const corpus = makeCorpus();
  const next = random(9);
  const now = Date.now();
  const day = (t: number) => new Date(t).toLocaleDateString('sv');
  const started = performance.now();
  let chars = 0;
  await put(
    'entries',
    Array.from({ length: counts.entries }, (_, i) => {
      const { title, body, step } = corpus.entry(i);
      chars += title.length + body.length;
      const at = now - Math.floor((i / counts.entries) * 730 * DAY);
      return {
        id: crypto.randomUUID(),
        created: at,
        updated: at,
        day: day(at),
        step,
        fields: {
          title,
          body,
          tags: next() < 0.3 ? ['meeting'] : [],
          mood: 1 + Math.floor(next() * 5),
        },
      };
    }),
  );
  await put(
    'emotionInventories',
    Array.from({ length: counts.inventories }, (_, i) => {
      const at = now - Math.floor((i / counts.inventories) * 364 * DAY);
      return {
        id: crypto.randomUUID(),
        created: at,
        updated: at,
        day: day(at),
        status: next() < 0.9 ? 'finished' : 'draft',
        fields: {
          whatHappened: corpus.entry(i + 50_000).body.slice(0, 300),
          feelings: [{ feelingId: 'grief', intensity: Math.floor(next() * 11) }],
          bodyPlaces: ['chest'],
          thoughts: 'I keep going over what was said.',
          needs: 'Rest, and to be heard.',
          kindThing: 'A walk and an early night.',
        },
      };
    }),
  );
  await put(
    'letters',
    Array.from({ length: counts.letters }, (_, i) => {
      const at = now - i * DAY;
      return {
        id: crypto.randomUUID(),
        created: at,
        updated: at,
        status: 'draft',
        fields: { to: 'Someone', sections: { opening: corpus.entry(i + 80_000).body } },
      };
    }),
  );
  return { ms: performance.now() - started, chars, ...counts };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;

/** Export (encrypted, the default, and plain), then import the encrypted file into an empty
 * profile: parse and check, decrypt, plan, seal and write in one transaction. */
async function time(runs = 3) {
  const encrypted: number[] = [];
  const plain: number[] = [];
  let text = '';
  let bytes = 0;
  for (let r = 0; r < runs; r += 1) {
    let started = performance.now();
    text = (await exportBackup({ passphrase: PASSPHRASE })).text;
    encrypted.push(performance.now() - started);
    started = performance.now();
    bytes = (await exportBackup()).text.length;
    plain.push(performance.now() - started);
  }
  const imports: { total: number; check: number; write: number }[] = [];
  for (let r = 0; r < runs; r += 1) {
    await fresh();
    const started = performance.now();
    const parsed = parseBackupText(text);
    if (!parsed.encrypted) throw new Error('expected an encrypted file');
    const document = await openEncryptedBackup(parsed.envelope, PASSPHRASE);
    const plan = await planImport(document.journal);
    const checked = performance.now();
    await applyImport(document.journal, 'replace', plan);
    const done = performance.now();
    imports.push({ total: done - started, check: checked - started, write: done - checked });
  }
  const records = await Promise.all(
    ['entries', 'emotionInventories', 'letters'].map((t) => db.table(t).count()),
  );
  db.close();
  return {
    exportEncrypted: median(encrypted),
    exportPlain: median(plain),
    importTotal: median(imports.map((i) => i.total)),
    importCheck: median(imports.map((i) => i.check)),
    importWrite: median(imports.map((i) => i.write)),
    fileChars: text.length,
    plainChars: bytes,
    records,
    runs: { encrypted, plain, imports },
  };
}

declare global {
  interface Window {
    stepworkBackupBench: { seed: typeof seed; time: typeof time };
  }
}

window.stepworkBackupBench = { seed, time };
