// The backup part of `npm run bench`: seeds 10,000 entries, 2,000 emotion inventories and 500
// letters in Chromium, in the app's own origin, then times a whole-journal export (encrypted
// with a passphrase, the default, PBKDF2 included; and plain) and the import of that file into
// an empty profile (check, decrypt, plan, re-seal, one transaction).
// Targets: export ≤ 1.5 s, import ≤ 3 s.
//
// scripts/bench.mjs calls it with its own browser context and server (dist-bench/app at "/",
// dist-bench/page at "/bench/"), after its own page build (which empties dist-bench/page). It
// EMPTIES the journal in that origin as it measures imports, so call it after the measures that
// need the seeded 10,000 entries, and before benchUnlock (which must stay last):
//
//   import { buildBackupBench, benchBackup, backupRows } from './bench/backup.mjs';
//   await buildBackupBench();                          // after the dist-bench/page build
//   results.backup = await benchBackup({ context, origin: server.origin });
//   rows.push(...backupRows(results.backup));          // [measure, figure, target, met] rows
//
// Run on its own, `node scripts/bench/backup.mjs` builds the app into dist-bench/app and this
// page, serves both the same way, and prints its rows.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { buildApp, openPhone, root, serve } from './serve.mjs';

export const COUNTS = {
  entries: Number(process.env.BENCH_ENTRIES ?? 10_000),
  inventories: Number(process.env.BENCH_INVENTORIES ?? 2_000),
  letters: Number(process.env.BENCH_LETTERS ?? 500),
};
export const TARGETS = { export: 1500, import: 3000 };
const PAGE_PATH = '/bench/backup/backup.html';

/** Builds the bench page into dist-bench/page/backup/, served at /bench/backup/. */
export async function buildBackupBench() {
  const here = fileURLToPath(new URL('.', import.meta.url));
  await build({
    configFile: false,
    root: here,
    base: './',
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: join(root, 'dist-bench', 'page', 'backup'),
      emptyOutDir: true,
      rollupOptions: { input: join(here, 'backup.html') },
    },
  });
}

/** Seeds and times; `context` has service workers blocked; `origin` serves app and pages. */
export async function benchBackup({ context, origin, counts = COUNTS }) {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${PAGE_PATH}`);
    const seed = await page.evaluate((c) => window.stepworkBackupBench.seed(c), counts);
    const times = await page.evaluate(() => window.stepworkBackupBench.time());
    return { seed, ...times };
  } finally {
    await page.close();
  }
}

const f = (ms) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
const meets = (ms, target) => (ms <= target ? 'yes' : 'NO');

/** Rows for bench.mjs's table: [measure, figure, target, met]. */
export function backupRows(result) {
  const { seed } = result;
  const what = `${seed.entries} entries + ${seed.inventories} inventories + ${seed.letters} letters`;
  return [
    [`Backup: seed ${what}`, `${(seed.ms / 1000).toFixed(1)} s`, '', ''],
    [
      'Export, encrypted (median of 3)',
      f(result.exportEncrypted),
      `≤ ${TARGETS.export} ms`,
      meets(result.exportEncrypted, TARGETS.export),
    ],
    ['  export, plain JSON (median of 3)', f(result.exportPlain), '', ''],
    [`  file size`, `${(result.fileChars / 1e6).toFixed(1)} MB`, '', ''],
    [
      'Import into an empty profile (median of 3)',
      f(result.importTotal),
      `≤ ${TARGETS.import} ms`,
      meets(result.importTotal, TARGETS.import),
    ],
    ['  of which check, decrypt and plan', f(result.importCheck), '', ''],
    ['  of which re-seal and write', f(result.importWrite), '', ''],
  ];
}

// ---- On its own: build, serve, run, print. ----

async function main() {
  console.log('Building the app and the backup bench page…');
  await buildApp();
  await buildBackupBench();
  const server = await serve();
  const phone = await openPhone();
  try {
    const { context } = phone;
    const errors = [];
    context.on('weberror', (error) => errors.push(String(error.error())));
    console.log('Seeding the journal and timing export and import…');
    const result = await benchBackup({ context, origin: server.origin });
    const rows = backupRows(result);
    const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), 6));
    const line = (cells) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
    console.log(`\n${line(['Measure', 'Figure', 'Target', 'Met'])}`);
    console.log(line(widths.map((w) => '-'.repeat(w))));
    for (const row of rows) console.log(line(row));
    console.log(
      `\nExports (encrypted): ${result.runs.encrypted.map(f).join(', ')}; imports: ${result.runs.imports.map((i) => f(i.total)).join(', ')}`,
    );
    console.log(`Records after import: ${result.records.join(' / ')}`);
    if (errors.length > 0) console.log(`Page errors: ${errors.join('\n')}`);
  } finally {
    await phone.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
