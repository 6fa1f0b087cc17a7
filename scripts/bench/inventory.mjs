// The inventory part of `npm run bench`: seeds 2,000 emotion inventories through the repository
// in Chromium, in the app's own origin, then times the trends for a year (reading and opening the
// year's inventories, and the arithmetic alone) and drawing the trends view (the SVG and tables
// alone, and the whole screen in the app at #/inventory/trends/year). Target: ≤ 100 ms each.
//
// scripts/bench.mjs calls it with its own browser context and server (dist-bench/app at "/",
// dist-bench/page at "/bench/"), after its own page build (which empties dist-bench/page):
//
//   import { buildInventoryBench, benchInventory, inventoryRows } from './bench/inventory.mjs';
//   await buildInventoryBench();                       // after the dist-bench/page build
//   results.inventory = await benchInventory({ context, origin: server.origin });
//   rows.push(...inventoryRows(results.inventory));    // [measure, figure, target, met] rows
//
// Run on its own, `node scripts/bench/inventory.mjs` builds the app into dist-bench/app (never
// dist/, which builds and browser tests beside it may empty) and this page, serves both the same
// way, and prints its rows.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { buildApp, openPhone, root, serve } from './serve.mjs';

export const INVENTORIES = Number(process.env.BENCH_INVENTORIES ?? 2000);
export const TARGET_MS = 100;
const PAGE_PATH = '/bench/inventory/inventory.html';

/** Builds the bench page into dist-bench/page/inventory/, served at /bench/inventory/. */
export async function buildInventoryBench() {
  const here = fileURLToPath(new URL('.', import.meta.url));
  await build({
    configFile: false,
    root: here,
    base: './',
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: join(root, 'dist-bench', 'page', 'inventory'),
      emptyOutDir: true,
      rollupOptions: { input: join(here, 'inventory.html') },
    },
  });
}

/** In the page: change the hash, resolve with the ms until the trends table has its rows. */
function timeTrendsScreen(page, hash) {
  return page.evaluate(
    (hash) =>
      new Promise((resolve, reject) => {
        const started = performance.now();
        let done = false;
        const ready = () =>
          document.querySelectorAll('.trends-table tbody tr').length > 0 &&
          document.querySelector('svg.trend-strip') !== null;
        const check = () => {
          if (done || !ready()) return;
          done = true;
          observer.disconnect();
          resolve(performance.now() - started);
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => done || reject(new Error(`timed out waiting for ${hash}`)), 60_000);
        location.hash = hash;
      }),
    hash,
  );
}

/**
 * Seeds `count` inventories and returns the figures. `context` is a Playwright browser context with
 * service workers blocked; `origin` serves the app at "/" and dist-bench/page at "/bench/".
 */
export async function benchInventory({ context, origin, count = INVENTORIES }) {
  let page = await context.newPage();
  await page.goto(`${origin}${PAGE_PATH}`);
  const seed = await page.evaluate((n) => window.stepworkInventoryBench.seed(n), count);
  await page.close();

  // The first read ever opens every inventory and writes the sealed digest the later reads use.
  page = await context.newPage();
  await page.goto(`${origin}${PAGE_PATH}`);
  const first = await page.evaluate(() => window.stepworkInventoryBench.firstRead());
  await page.close();

  // A fresh page, as after a start-up: nothing opened in memory yet.
  page = await context.newPage();
  await page.goto(`${origin}${PAGE_PATH}`);
  const trends = await page.evaluate(() => window.stepworkInventoryBench.time());
  await page.close();

  // The whole screen in the app, from another screen, as a person opens it.
  page = await context.newPage();
  await page.goto(`${origin}/#/help`);
  await page.waitForSelector('main h1', { timeout: 60_000 });
  const screen = [];
  for (let i = 0; i < 4; i += 1) {
    screen.push(await timeTrendsScreen(page, '#/inventory/trends/year'));
    await page.evaluate(() => (location.hash = '#/help'));
    await page.waitForSelector('main h1:text("Help now")', { timeout: 60_000 });
  }
  await page.close();

  // A first visit once the app has warmed the screens' code in idle time after start-up.
  page = await context.newPage();
  await page.goto(`${origin}/#/help`);
  await page.waitForSelector('main h1', { timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('screens-warm').length > 0, null, {
    timeout: 60_000,
    polling: 50,
  });
  const settledFirst = await timeTrendsScreen(page, '#/inventory/trends/year');
  await page.close();
  return {
    seed,
    first,
    trends,
    screen: { first: screen[0], settledFirst, again: screen.slice(1) },
  };
}

const f = (ms) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
const meets = (ms) => (ms <= TARGET_MS ? 'yes' : 'NO');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** Rows for bench.mjs's table: [measure, figure, target, met]. */
export function inventoryRows({ seed, first, trends, screen }) {
  const target = `≤ ${TARGET_MS} ms`;
  return [
    [
      `Seed ${seed.count} inventories over a year (${seed.finished} finished)`,
      `${(seed.ms / 1000).toFixed(1)} s`,
      '',
      '',
    ],
    [
      `  first read ever: opens all ${first.inventories}, writes the digest (once)`,
      f(first.ms),
      '',
      '',
    ],
    [
      `Trends for a year after start-up (${trends.inventories} inventories)`,
      f(trends.cold),
      target,
      meets(trends.cold),
    ],
    ['Trends for a year, again (median of 5)', f(trends.warm), target, meets(trends.warm)],
    ['  the arithmetic alone (median of 5)', f(trends.compute), '', ''],
    [
      'Draw the trends view, SVG and tables (median of 5)',
      f(trends.draw),
      target,
      meets(trends.draw),
    ],
    [
      'Trends screen in the app, first visit right at start-up (loads its code)',
      f(screen.first),
      target,
      meets(screen.first),
    ],
    [
      'Trends screen in the app, first visit once the app has settled',
      f(screen.settledFirst),
      target,
      meets(screen.settledFirst),
    ],
    [
      'Trends screen in the app, again (median of 3)',
      f(median(screen.again)),
      target,
      meets(median(screen.again)),
    ],
  ];
}

// ---- On its own: build, serve, run, print. ----

async function main() {
  console.log('Building the app and the inventory bench page…');
  await buildApp();
  await buildInventoryBench();
  const server = await serve();
  const phone = await openPhone();
  try {
    const { context } = phone;
    const errors = [];
    context.on('weberror', (error) => errors.push(String(error.error())));
    console.log(`Seeding ${INVENTORIES} inventories and timing the trends…`);
    const results = await benchInventory({ context, origin: server.origin });
    const rows = inventoryRows(results);
    const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), 6));
    const line = (cells) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
    console.log(`\n${line(['Measure', 'Figure', 'Target', 'Met'])}`);
    console.log(line(widths.map((w) => '-'.repeat(w))));
    for (const row of rows) console.log(line(row));
    console.log(
      `\nTrends screen in the app: ${[results.screen.first, ...results.screen.again].map(f).join(', ')}`,
    );
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
