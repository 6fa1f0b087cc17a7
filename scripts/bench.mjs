// `npm run bench`: seeds 10,000 journal entries through the repositories in Chromium, in the
// app's own origin, then times what a person feels: building the search index after start-up,
// one search keystroke, the first screen of the journal list, and opening one entry.
//
// It builds the app (into dist-bench/app, the same `vite build` as dist/) and a bench page
// (scripts/bench: imports the repositories, into dist-bench/page), and the bare React + Dexie
// page of scripts/bare-shell (into dist-bench/bare, Today's floor), serves them from one origin
// with a small async static server, and drives Debian's Chromium exactly as the browser tests do
// (scripts/chromium-flags.mjs), headless at 390×844, with a profile folder on disk as on a phone
// (serve.mjs, openPhone: an incognito profile's in-memory IndexedDB is much slower to write).
// Last, Lighthouse's phone scores for five screens (bench/lighthouse.mjs).
//
// `node scripts/bench.mjs --only lighthouse` (`npm run bench:lighthouse`) builds the app and runs
// Lighthouse alone, in about six minutes (five runs of five screens) instead of the whole bench.
// `node scripts/bench.mjs --only search` seeds the journal and runs the search figures at full
// speed and 4× slowdown (bench/search.mjs), then unlock → search ready (bench/unlock.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { benchInventory, buildInventoryBench, inventoryRows } from './bench/inventory.mjs';
import { benchUnlock, unlockRows } from './bench/unlock.mjs';
import { benchSearch, searchRows } from './bench/search.mjs';
import { backupRows, benchBackup, buildBackupBench } from './bench/backup.mjs';
import { benchLighthouse, lighthouseDetails, lighthouseRows } from './bench/lighthouse.mjs';
import { buildApp, buildBareShell, openPhone, root, run, serve } from './bench/serve.mjs';
import { machineMs, speedLine } from './machineSpeed.mjs';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000);
const INDEX_RUNS = 3;
const TARGETS = { index: 1000, keystroke: 16, list: 50 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const p95 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
};

/** In the page: change the hash and resolve with the milliseconds until `ready()` holds. */
function timeNavigation(page, hash, readyBody, arg) {
  return page.evaluate(
    async ({ hash, readyBody, arg }) => {
      const ready = new Function('arg', readyBody);
      const started = performance.now();
      return new Promise((resolve, reject) => {
        let done = false;
        const check = () => {
          if (done || !ready(arg)) return;
          done = true;
          observer.disconnect();
          resolve(performance.now() - started);
        };
        // Mutations catch the commit the moment it lands; frames catch a value set on an input.
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        const frame = () => {
          check();
          if (!done) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
        setTimeout(() => done || reject(new Error(`timed out waiting for ${hash}`)), 60_000);
        location.hash = hash;
      });
    },
    { hash, readyBody, arg },
  );
}

/** Waits until the app has loaded every screen's code in idle time after its first screen. */
async function waitForWarmScreens(page) {
  await page.waitForSelector('main h1', { timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('screens-warm').length > 0, null, {
    timeout: 60_000,
    polling: 50,
  });
}

async function settle(page, hash, selector) {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.waitForSelector(selector, { timeout: 60_000 });
}

const LIST_READY = `return !!document.querySelector('[aria-label^="Your entries"] li a[href^="#/journal/"]');`;
const ENTRY_READY = `const body = document.querySelector('#entry-body'); return !!body && body.value.startsWith(arg);`;

const QUERIES = [
  'grateful',
  'sponsor meeting',
  'kalu',
  'café',
  'lonely tired',
  'breath',
  'amends letter',
  'dunmo',
  'forgive',
];

const only = (() => {
  const at = process.argv.indexOf('--only');
  return at === -1 ? undefined : process.argv[at + 1];
})();

async function lighthouseOnly() {
  console.log('Building the app…');
  await buildApp();
  const server = await serve();
  const load = loadavg()[0];
  let screens;
  try {
    console.log('Running Lighthouse (phone) on five screens…');
    screens = await benchLighthouse({ origin: server.origin });
  } finally {
    await server.close();
  }
  await printTable(
    lighthouseRows(screens),
    load,
    "Lighthouse 12.8.2's phone (412×823) in Chromium",
  );
  console.log(`\n${lighthouseDetails(screens).join('\n')}`);
}

async function buildBenchPage() {
  await run(join(root, 'node_modules/.bin/vite'), [
    'build',
    '--config',
    'scripts/bench/vite.config.ts',
  ]);
  await buildBareShell();
}

async function searchOnly() {
  console.log('Building the app and the bench page…');
  await buildApp();
  await buildBenchPage();
  const server = await serve();
  const load = loadavg()[0];
  const phone = await openPhone();
  let seeded;
  let search;
  let unlock;
  const errors = [];
  try {
    phone.context.on('weberror', (error) => errors.push(String(error.error())));
    console.log(`Seeding ${ENTRIES} entries through the repositories…`);
    const page = await phone.context.newPage();
    await page.goto(`${server.origin}/bench/bench.html`);
    seeded = await page.evaluate((count) => window.stepworkBench.seed(count), ENTRIES);
    await page.close();
    console.log('Timing search at full speed and at 4× slowdown…');
    search = await benchSearch({ context: phone.context, origin: server.origin });
    console.log('Timing unlock…');
    unlock = await benchUnlock({ context: phone.context, origin: server.origin });
  } finally {
    await phone.close();
    await server.close();
  }
  await printTable(
    [
      [`Seed ${seeded.count} entries (${(seeded.chars / 1e6).toFixed(1)} M chars)`, '', '', ''],
      ...searchRows(search, median, p95, seeded.chars),
      ...unlockRows(unlock, median),
    ],
    load,
  );
  const refused = [...search.slowed].flatMap((r) => r.refused);
  if (refused.length > 0) console.log(`\nThe worker refused: ${[...new Set(refused)].join('; ')}`);
  if (errors.length > 0) console.log(`Page errors: ${errors.join('\n')}`);
  const { date, file } = resultsFile('bench-search');
  writeFileSync(file, JSON.stringify({ date, load, seeded, search, unlock }, null, 2));
  console.log(`\nRaw figures: ${file}`);
}

async function main() {
  if (only === 'lighthouse') return lighthouseOnly();
  if (only === 'search') return searchOnly();
  if (only !== undefined) {
    throw new Error(`Unknown part "${only}": try --only lighthouse or --only search`);
  }
  console.log('Building the app and the bench page…');
  // The app is built into a folder of the bench's own, so a build or test running beside the
  // bench cannot empty dist/ under it (and the bench never rebuilds dist/ under them).
  await buildApp();
  await buildBenchPage();
  // Built after the page build, which empties dist-bench/page.
  await buildInventoryBench();
  await buildBackupBench();
  const server = await serve();
  const results = { load: { start: loadavg()[0] } };
  const phones = [];
  try {
    const phone = await openPhone();
    phones.push(phone);
    const { context } = phone;
    const errors = [];
    context.on('weberror', (error) => errors.push(String(error.error())));

    console.log(`Seeding ${ENTRIES} entries through the repositories…`);
    let page = await context.newPage();
    await page.goto(`${server.origin}/bench/bench.html`);
    const seeded = await page.evaluate((count) => window.stepworkBench.seed(count), ENTRIES);
    results.seed = seeded;
    const typed = QUERIES.flatMap((query) => Array.from(query, (_, i) => query.slice(0, i + 1)));
    results.searchOnly = await page.evaluate(
      ({ count, typed }) => window.stepworkBench.searchOnly(count, typed),
      { count: ENTRIES, typed },
    );
    await page.close();

    // First screen of the journal list and opening entries: a fresh start-up, nothing opened yet.
    console.log('Timing the journal list and opening entries…');
    page = await context.newPage();
    await page.goto(`${server.origin}/#/help`);
    await page.waitForSelector('main h1', { timeout: 60_000 });
    const list = [];
    list.push(await timeNavigation(page, '#/journal', LIST_READY));
    for (let i = 0; i < 5; i += 1) {
      await settle(page, '#/help', 'main h1');
      // Let the last visit's background work (the scan of the whole journal's layout, rows
      // opening) finish, as it has by the time a person comes back: arriving is what is timed.
      await page.waitForTimeout(2000);
      list.push(await timeNavigation(page, '#/journal', LIST_READY));
    }
    // A first visit a moment after start-up, once the app has warmed the screens' code in idle
    // time (src/app/warmScreens.ts), as when a person has looked at the first screen first.
    const settled = await context.newPage();
    await settled.goto(`${server.origin}/#/help`);
    await waitForWarmScreens(settled);
    const settledFirst = await timeNavigation(settled, '#/journal', LIST_READY);
    await settled.close();
    results.list = { first: list[0], settledFirst, warm: list.slice(1) };
    const opens = [];
    for (const sample of seeded.samples) {
      await settle(page, '#/help', 'main h1');
      opens.push(await timeNavigation(page, `#/journal/${sample.id}`, ENTRY_READY, sample.start));
    }
    results.open = opens;
    await page.close();

    // The search index after start-up: a fresh page load each time.
    console.log('Timing the search index and keystrokes…');
    const builds = [];
    for (let i = 0; i < INDEX_RUNS; i += 1) {
      if (i > 0) await page.close();
      page = await context.newPage();
      await page.goto(`${server.origin}/#/journal/search`);
      await page.waitForFunction(
        () => performance.getEntriesByName('search-index-ready').length > 0,
        null,
        { timeout: 120_000, polling: 50 },
      );
      // The worker reports how long its reading and opening, then its folding, took.
      builds.push(
        await page.evaluate(() => {
          const ready = performance.getEntriesByName('search-index-ready')[0];
          return {
            build: performance.getEntriesByName('search-index-build')[0]?.duration ?? NaN,
            start: performance.getEntriesByName('search-index-start')[0]?.startTime ?? NaN,
            ready: ready?.startTime ?? NaN,
            opening: ready?.detail?.opening ?? NaN,
            folding: ready?.detail?.folding ?? NaN,
          };
        }),
      );
    }
    results.index = builds;

    results.keystrokes = await page.evaluate(async (queries) => {
      const input = document.querySelector('#search-input');
      const section = document.querySelector('section.search');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      // Timed until the worker's answer for the value is drawn (`data-answered`).
      const type = (value) =>
        new Promise((resolve, reject) => {
          if (section.dataset.answered === value && section.dataset.query === value) {
            return resolve(0);
          }
          setTimeout(() => reject(new Error(`no results for "${value}" within 10 s`)), 10_000);
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (section.dataset.answered !== value) return;
            observer.disconnect();
            resolve(performance.now() - started);
          });
          observer.observe(section, { attributes: true, attributeFilter: ['data-answered'] });
          setValue.call(input, value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
      const times = [];
      const found = [];
      for (const query of queries) {
        await type('');
        for (let i = 1; i <= query.length; i += 1) {
          times.push({ query: query.slice(0, i), ms: await type(query.slice(0, i)) });
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
        found.push({ query, count: document.querySelector('.search__count')?.textContent });
      }
      return { times, found };
    }, QUERIES);
    await page.close();

    console.log('Timing search at full speed and at 4× slowdown…');
    results.search = await benchSearch({ context, origin: server.origin });

    console.log('Timing the inventory trends…');
    results.inventory = await benchInventory({ context, origin: server.origin });
    // Last: setting a lock means the app in this context starts locked from here on.
    console.log('Timing unlock…');
    results.unlock = await benchUnlock({ context, origin: server.origin });
    results.errors = errors;
    await phone.close();

    // Backup seeds a journal of its own and empties it while timing imports: a separate profile.
    console.log('Timing export and import…');
    const backupPhone = await openPhone();
    phones.push(backupPhone);
    results.backup = await benchBackup({ context: backupPhone.context, origin: server.origin });
    await backupPhone.close();

    // Last and alone on the machine: Lighthouse's scores move with whatever else is running.
    console.log('Running Lighthouse (phone) on five screens…');
    results.lighthouse = await benchLighthouse({ origin: server.origin });
  } finally {
    for (const phone of phones) await phone.close().catch(() => undefined);
    await server.close();
  }
  await report(results);
}

async function report(results) {
  const f = (ms) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
  const builds = results.index.map((run) => run.build);
  const loads = results.index.map((run) => run.ready);
  const keys = results.keystrokes.times.map((k) => k.ms);
  const opening = results.index.map((run) => run.opening);
  const folding = results.index.map((run) => run.folding);
  const alone = results.searchOnly.times;
  const meets = (value, target) => (value <= target ? 'yes' : 'NO');
  const rows = [
    [
      `Seed ${results.seed.count} entries (${(results.seed.chars / 1e6).toFixed(1)} M chars)`,
      `${(results.seed.ms / 1000).toFixed(1)} s`,
      '',
      '',
    ],
    [
      `Search index build, vault open → ready (median of ${builds.length})`,
      f(median(builds)),
      '≤ 1000 ms',
      meets(median(builds), TARGETS.index),
    ],
    ['  of which the worker reading + opening the entries (median)', f(median(opening)), '', ''],
    ['  of which the worker folding their text (median)', f(median(folding)), '', ''],
    ['  page load → index ready (median)', f(median(loads)), '', ''],
    [
      `Search keystroke, median (${keys.length} keystrokes)`,
      f(median(keys)),
      '≤ 16 ms',
      meets(median(keys), TARGETS.keystroke),
    ],
    ['Search keystroke, p95', f(p95(keys)), '≤ 16 ms', meets(p95(keys), TARGETS.keystroke)],
    ['  the search alone, median / p95', `${f(median(alone))} / ${f(p95(alone))}`, '', ''],
    [
      'Journal list, first visit right at start-up (loads its code)',
      f(results.list.first),
      '≤ 50 ms',
      meets(results.list.first, TARGETS.list),
    ],
    [
      'Journal list, first visit once the app has settled',
      f(results.list.settledFirst),
      '≤ 50 ms',
      meets(results.list.settledFirst, TARGETS.list),
    ],
    [
      'Journal list, first screen (again, median of 5)',
      f(median(results.list.warm)),
      '≤ 50 ms',
      meets(median(results.list.warm), TARGETS.list),
    ],
    [`Open one entry (median of ${results.open.length})`, f(median(results.open)), '', ''],
    ...searchRows(results.search, median, p95, results.seed.chars),
    ...inventoryRows(results.inventory),
    ...unlockRows(results.unlock, median),
    ...backupRows(results.backup),
    ...lighthouseRows(results.lighthouse),
  ];
  await printTable(rows, results.load.start);
  console.log(
    `\nIndex builds: ${builds.map(f).join(', ')}; page load → ready: ${loads.map(f).join(', ')}`,
  );
  console.log(
    `List first screens: ${[results.list.first, ...results.list.warm].map(f).join(', ')}`,
  );
  console.log(`Entry opens: ${results.open.map(f).join(', ')}`);
  const slowest = [...results.keystrokes.times].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`Slowest keystrokes: ${slowest.map((k) => `"${k.query}" ${f(k.ms)}`).join(', ')}`);
  console.log(
    `Results: ${results.keystrokes.found.map((q) => `"${q.query}": ${q.count}`).join('; ')}`,
  );
  console.log(`Lighthouse:\n${lighthouseDetails(results.lighthouse).join('\n')}`);
  if (results.errors.length > 0) console.log(`Page errors: ${results.errors.join('\n')}`);
  const { date, file } = resultsFile('bench');
  writeFileSync(file, JSON.stringify({ date, ...results }, null, 2));
  console.log(`\nRaw figures: ${file}`);
}

/** Where a run's raw figures go: named by the minute it ended (UTC), so that a second run on the
 * same day does not overwrite the first. */
function resultsFile(kind) {
  const now = new Date().toISOString();
  const date = now.slice(0, 10);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const minute = now.slice(11, 16).replace(':', '');
  return {
    date: `${date} ${now.slice(11, 16)} UTC`,
    file: join(root, 'bench-results', `${kind}-${date}-${minute}.json`),
  };
}

// Taken before anything else runs: the bench's own work must not slow it.
const speedAtStart = await machineMs();

async function printTable(rows, loadAtStart, browser = 'Chromium headless at 390×844') {
  const widths = [0, 1, 2, 3].map((c) =>
    Math.max(...rows.map((r) => r[c].length), ['Measure', 'Figure', 'Target', 'Met'][c].length),
  );
  const line = (cells) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  console.log(
    `\nStepwork bench, ${date} UTC, ${browser} (${process.arch}, Node ${process.version})\n`,
  );
  console.log(
    `${cpus().length} CPUs; load average ${loadAtStart.toFixed(1)} at the start, ` +
      `${loadavg()[0].toFixed(1)} at the end (other work on the machine slows every figure).`,
  );
  console.log(`${speedLine(speedAtStart, await machineMs())}.\n`);
  console.log(line(['Measure', 'Figure', 'Target', 'Met']));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
