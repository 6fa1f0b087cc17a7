import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { saveBackupTo } from './helpers/backupFiles';
import { FULL_JOURNAL_BACKUP, openFullJournal, writeLastingPart } from './helpers/fullJournal';
import { picture } from './helpers/picture';
import { setLockInSettings } from './helpers/lock';

// WCAG 2.2 reflow: a 320 CSS px screen, and the phone's larger text (200 %) on the small and the
// common size; and the common size in the dark. Many people who open Stepwork are older, tired, or
// read with low vision. A walk of a 360 px phone at 125 % text (where sideways scrolling first
// began) was folded into the 320 px one: the stylesheets switch layout only at 420 px and 48 rem,
// so both fall under the same rules, and at 320 px and 200 % every part sized in rem is larger and
// every part sized in px has less room, so what would not fit at 360 px and 125 % fails here first.
// `shots`: the looks whose pictures are kept to look at by eye (390 px at 200 % shows what 320 px
// does, with more room).
const LOOKS = [
  { name: '390px, dark', width: 390, height: 844, fontSize: '', colorScheme: 'dark', shots: true },
  {
    name: '390px, text 200%',
    width: 390,
    height: 844,
    fontSize: '200%',
    colorScheme: 'light',
    shots: false,
  },
  {
    name: '320px, text 200%',
    width: 320,
    height: 640,
    fontSize: '200%',
    colorScheme: 'light',
    shots: true,
  },
] as const;

// The screens every walk starts from; the walk then follows every link it finds on them.
const START = [
  '#/',
  '#/steps',
  '#/steps/4',
  '#/journal',
  '#/journal/new',
  '#/journal/search',
  '#/journal/trash',
  '#/inventory',
  '#/inventory/words',
  '#/inventory/trends',
  '#/inventory/classic',
  '#/inventory/letter',
  '#/amends',
  '#/amends/letters',
  '#/amends/myself',
  '#/amends/accountability',
  '#/help',
  '#/help/grounding',
  '#/help/breathing',
  '#/help/people',
  '#/help/meetings',
  '#/help/safety-plan',
  '#/help/safety-plan/edit',
  '#/today/checkin',
  '#/today/checkins',
  '#/today/goals',
  '#/today/recovery',
  '#/settings',
  '#/settings/lock',
  '#/settings/backup',
  '#/settings/import',
  '#/settings/storage',
  '#/settings/reminder',
];

async function fill(page: Page, label: string | RegExp, words: string) {
  await page.getByLabel(label, { exact: typeof label === 'string' }).fill(words);
}

interface Fit {
  pageWidth: number;
  quickExit: { left: number; right: number; top: number; bottom: number } | null;
  quickExitClipped: boolean;
  helpNow: boolean;
  bottomNav: boolean;
  tooWide: string[];
  brokenWords: string[];
  links: string[];
}

/**
 * Measures the screen as it is now. With `settle`, first sets the text size and waits, inside the
 * page, for the screen to open, until nothing has changed for `still` frames: a walk of
 * seventy screens spent most of its time on the round trips of separate waits, not on the screens.
 */
function measure(
  page: Page,
  viewport: { width: number; height: number },
  settle?: { fontSize: string; still: number },
): Promise<Fit> {
  return page.evaluate(
    async ({ width, height, settle }) => {
      if (settle) {
        document.documentElement.style.fontSize = settle.fontSize;
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        // "Opening…" and "Opening your entries…": a screen still waiting on its data.
        const opening = /Opening[^…]{0,40}…/;
        const opened = () => {
          const heading = document.querySelector('main h1');
          const box = heading?.getBoundingClientRect();
          const shown = !!box && box.width > 0 && box.height > 0;
          const text = document.querySelector('main')?.textContent ?? '';
          return shown && getComputedStyle(heading!).visibility !== 'hidden' && !opening.test(text);
        };
        // Live queries answer over a few frames (a list's rows open one by one): the screen is
        // measured once nothing has changed for `still` frames in a row.
        let changes = 0;
        const watcher = new MutationObserver(() => (changes += 1));
        watcher.observe(document.body, { subtree: true, childList: true, characterData: true });
        const deadline = performance.now() + 10_000;
        for (let still = 0; still < settle.still || !opened();) {
          if (performance.now() > deadline) {
            watcher.disconnect();
            throw new Error(`${location.hash} did not finish opening`);
          }
          const before = changes;
          await frame();
          still = changes === before && opened() ? still + 1 : 0;
        }
        watcher.disconnect();
        // What a person can open is measured open: a month's calendar, a step's reading.
        const closed = document.querySelectorAll<HTMLDetailsElement>('main details:not([open])');
        if (closed.length > 0) {
          for (const details of closed) details.open = true;
          await frame();
          await frame();
        }
      }
      const describe = (el: Element) => {
        const cls = typeof el.className === 'string' && el.className ? `.${el.className}` : '';
        const text = (el.textContent ?? '').trim().slice(0, 30);
        return `${el.tagName.toLowerCase()}${cls.split(' ').join('.')} "${text}" right=${Math.round(el.getBoundingClientRect().right)}`;
      };
      // Inside a box of its own that scrolls within the screen, a part may reach further: a
      // month's days at large text, a table of counts. (A box that hides what is past its edge
      // does not count: that is words lost, not scrolled to.)
      const heldWithin = (el: Element) => {
        for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
          const overflow = getComputedStyle(box).overflowX;
          if (overflow === 'auto' || overflow === 'scroll') {
            return box.getBoundingClientRect().right <= width + 1;
          }
        }
        return false;
      };
      // The innermost elements that reach past the right edge: where a fix belongs.
      const wide = [...document.querySelectorAll('body *')].filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.right <= width + 1 || heldWithin(el)) return false;
        return ![...el.children].some((child) => child.getBoundingClientRect().right > width + 1);
      });
      // Words split over two lines though half the screen would hold them: a row that squeezed
      // its parts (a flex item shrinks to a letter's width under the body's `overflow-wrap:
      // anywhere`) where it should have let them wrap. Only a word wider than that may break;
      // so may one with a hyphen, dash or slash in it (an address, "self-care"), and Chinese,
      // Japanese and Korean, whose lines break between any two characters.
      const brokenWords: string[] = [];
      const range = document.createRange();
      const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node && brokenWords.length < 8; node = texts.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('.visually-hidden')) continue;
        for (const word of (node as Text).data.matchAll(/\S{2,}/g)) {
          if (
            /[-\u2013\u2014/\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/.test(word[0])
          ) {
            continue;
          }
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const parts = [...range.getClientRects()].filter((part) => part.width > 0);
          if (new Set(parts.map((part) => Math.round(part.top))).size < 2) continue;
          const wordWidth = parts.reduce((sum, part) => sum + part.width, 0);
          if (wordWidth <= width / 2) brokenWords.push(`${describe(parent)}: "${word[0]}"`);
        }
      }
      const exit = document.querySelector('.quick-exit');
      const exitBox = exit?.getBoundingClientRect();
      const inView = (el: Element | null) => {
        const box = el?.getBoundingClientRect();
        return (
          !!box && box.left >= 0 && box.right <= width + 1 && box.top >= 0 && box.bottom <= height
        );
      };
      return {
        pageWidth: document.documentElement.scrollWidth,
        quickExit: exitBox
          ? { left: exitBox.left, right: exitBox.right, top: exitBox.top, bottom: exitBox.bottom }
          : null,
        quickExitClipped: !!exit && exit.scrollWidth > exit.clientWidth + 1,
        helpNow: inView(document.querySelector('.topbar__link--help')),
        bottomNav: [...document.querySelectorAll('.bottomnav a')].every(inView),
        tooWide: wide.slice(0, 8).map(describe),
        brokenWords,
        links: [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#/"]')].map(
          (a) => a.getAttribute('href') ?? '',
        ),
      };
    },
    { ...viewport, settle },
  );
}

// Screens that would leave the walk's journal changed, or that only say goodbye.
const SKIP = /\/release$|\/print$/;

// Screens to look at with one's own eyes after a change: what a person sees first.
const SHOTS: Record<string, string> = {
  '#/': 'today',
  '#/journal': 'journal',
  '#/journal/:id': 'entry',
  '#/inventory': 'inventory',
  '#/help': 'help-now',
  '#/today/checkin': 'checkin',
  '#/today/checkins': 'checkins',
  '#/today/goals/:id': 'goal',
  '#/today/recovery': 'recovery',
  '#/amends': 'amends',
  '#/amends/letters': 'letters',
  '#/help/people': 'people',
  '#/settings/storage': 'storage',
};

/** Screens of one kind (an entry, a prompt to answer) are laid out alike: two of each will do. */
function shape(hash: string): string {
  return hash
    .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')
    .replace(/^#\/journal\/new\/.+/, '#/journal/new/:step')
    .replace(/\d{4}-\d{2}-\d{2}/g, ':day');
}

const looks = LOOKS.filter((l) => !process.env.LOOK || l.name.startsWith(process.env.LOOK));

// One walk opens each screen once and measures it in every look in turn: the layout answers a
// new width, text size or scheme at once (nothing in the app listens for the screen's size), so
// a walk per look opened the same journal and the same seventy screens once per look. The looks
// go there and back (the next screen starts in the look the last one ended in), which halves the
// changes of size and scheme, most of the walk's time after the pictures. Every screen's code is
// loaded ahead, as the app does for a person (src/app/warmScreens.ts): a first visit otherwise
// waited out React's 300 ms hold on a suspended screen, 8 s of a 22 s walk (measured alone).
test.describe(() => {
  test.use({ warmScreens: true });
  test(`every screen fits the phone: ${looks.map((l) => l.name).join('; ')}`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await openFullJournal(page);

    const seen = new Set<string>();
    const shapes = new Map<string, number>();
    const queue = [...START];
    const problems: string[] = [];
    let scheme = '';
    while (queue.length > 0 && seen.size < 120) {
      const hash = queue.shift()!;
      if (seen.has(hash) || SKIP.test(hash)) continue;
      const times = shapes.get(shape(hash)) ?? 0;
      if (times >= 2) continue;
      shapes.set(shape(hash), times + 1);
      seen.add(hash);
      await page.goto(`/${hash}`);
      const shot = SHOTS[shape(hash)];
      const firstShot = !!shot && !shapes.has(`shot ${shot}`);
      if (firstShot) shapes.set(`shot ${shot}`, 1);
      let links: string[] = [];
      const order = seen.size % 2 === 1 ? looks : [...looks].reverse();
      for (const [index, look] of order.entries()) {
        const viewport = page.viewportSize();
        if (viewport?.width !== look.width || viewport.height !== look.height) {
          await page.setViewportSize({ width: look.width, height: look.height });
        }
        if (scheme !== look.colorScheme) {
          await page.emulateMedia({ colorScheme: look.colorScheme });
          scheme = look.colorScheme;
        }
        // The first look waits for the screen's data; the next ones for a frame drawn at its size.
        const fit = await measure(page, look, {
          fontSize: look.fontSize,
          still: index === 0 ? 3 : 1,
        });
        const where = `${look.name} ${hash}`;
        const exit = fit.quickExit;
        if (fit.pageWidth > look.width) {
          problems.push(`${where}: ${fit.pageWidth}px wide; ${fit.tooWide.join(' | ')}`);
        }
        if (!exit || exit.left < 0 || exit.right > look.width || exit.top < 0) {
          problems.push(`${where}: Quick exit off screen ${JSON.stringify(exit)}`);
        }
        if (fit.quickExitClipped) problems.push(`${where}: Quick exit's words are cut`);
        if (fit.brokenWords.length > 0) {
          problems.push(`${where}: words split over lines: ${fit.brokenWords.join(' | ')}`);
        }
        if (!fit.helpNow) problems.push(`${where}: Help now is off screen`);
        if (!fit.bottomNav) problems.push(`${where}: the bottom navigation leaves the screen`);
        if (firstShot && look.shots) {
          await picture(page, {
            path: testInfo.outputPath(`${shot}-${look.width}${look.fontSize ? '' : '-dark'}.png`),
            fullPage: true,
          });
        }
        links = fit.links;
      }
      for (const link of links) {
        const clean = link.split('?')[0]!;
        if (!seen.has(clean)) queue.push(clean);
      }
    }
    await testInfo.attach('screens walked', { body: [...seen].join('\n') });
    expect(seen.size, 'screens walked').toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });
});

// The screens a person opens most, measured cold as Lighthouse's phone sees them: the page's
// thread slowed four times. Nothing may appear above what is already drawn once data arrives.
const STILL = ['#/', '#/steps', '#/inventory', '#/journal', '#/help'];
const MAX_SHIFT = 0.02;

async function layoutShift(
  page: Page,
  hash: string,
  onOpened: () => void,
): Promise<{ total: number; moved: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`/${hash}`);
  // Tells the test when the next screen may start loading: a heading there and nothing
  // "Opening…", read without laying the page out (which the measure below must not hurry). Once
  // that screen has drawn two frames the page goes back to full speed: Chromium slows a page by
  // spinning its thread, so a slowed page waiting out its quiet second held most of a core for
  // it, and a part landing later still moves what was drawn (the same shifts were measured).
  const opened = page.waitForFunction(
    () =>
      !!document.querySelector('main h1') &&
      !/Opening[^…]{0,40}…/.test(document.querySelector('main')?.textContent ?? ''),
    undefined,
    { polling: 100, timeout: 15_000 },
  );
  void opened.then(onOpened, onOpened);
  // Not waited for: the rate goes back to 1 below in any case, and a page that never draws
  // again must not hold the test.
  void opened
    .then(() =>
      page.evaluate(
        () => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))),
      ),
    )
    .then(() => cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }))
    .catch(() => {});
  // Late live queries and lazy parts get time to land, as they would on a slow phone: the screen
  // is measured once it is open (its heading shown, nothing "Opening…") and has not changed for a
  // second. A fixed second and a half after it opened waited as long on a quiet screen and could
  // miss the second of two late parts; waiting for the network to rest waited on chunks fetched
  // ahead for other screens. The waits run inside the page, as each round trip is slow at 4×.
  const result = await page.evaluate(
    () =>
      new Promise<{ total: number; moved: string[] }>((resolve, reject) => {
        const opened = () => {
          const heading = document.querySelector('main h1');
          const box = heading?.getBoundingClientRect();
          const text = document.querySelector('main')?.textContent ?? '';
          const shown = !!box && box.width > 0 && box.height > 0;
          return (
            shown &&
            getComputedStyle(heading!).visibility !== 'hidden' &&
            !/Opening[^…]{0,40}…/.test(text)
          );
        };
        const started = performance.now();
        let timer = setTimeout(still, 1000);
        const watcher = new MutationObserver(() => {
          clearTimeout(timer);
          // A screen that never stops changing is measured after five seconds all the same.
          timer = setTimeout(still, performance.now() - started > 5000 ? 0 : 1000);
        });
        watcher.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        function still() {
          if (!opened()) {
            if (performance.now() - started > 10_000) {
              watcher.disconnect();
              reject(new Error(`${location.hash} did not finish opening`));
            } else timer = setTimeout(still, 100);
            return;
          }
          watcher.disconnect();
          // Layout shifts reach only an observer, with those already past given as buffered; its
          // records are taken at once, not waited for in a callback: every moment the page stays
          // slowed costs a core, as Chromium slows a page by spinning its thread.
          let total = 0;
          const moved: string[] = [];
          const observer = new PerformanceObserver(() => {});
          observer.observe({ type: 'layout-shift', buffered: true });
          for (const entry of observer.takeRecords() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources?: { node?: Node }[];
          })[]) {
            if (entry.hadRecentInput) continue;
            total += entry.value;
            for (const source of entry.sources ?? []) {
              const node = source.node;
              const el = node instanceof Element ? node : node?.parentElement;
              if (el)
                moved.push(`${el.tagName.toLowerCase()}.${el.className} ${entry.value.toFixed(3)}`);
            }
          }
          observer.disconnect();
          resolve({ total, moved });
        }
      }),
  );
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return result;
}

for (const journal of ['empty', 'full'] as const) {
  test(`the main screens hold still as they load, ${journal} journal`, async ({
    browser,
    netlog,
  }, testInfo) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    // A context of the test's own: nothing it loads may leave the device either.
    netlog.watch(context);
    if (journal === 'full') await openFullJournal(await context.newPage());
    const shifts: string[] = [];
    const measured: string[] = [];
    // A new page for each screen: cold, with nothing of the screen drawn before. Each starts
    // loading once the one before has opened, so its load overlaps only the other's quiet second
    // and measure, not another load: five loading side by side pushed Help now's reads past its
    // wait on a loaded machine, one after another waited out each quiet second in turn.
    const runs: Promise<{ total: number; moved: string[] }>[] = [];
    for (const hash of STILL) {
      const page = await context.newPage();
      let opened = () => {};
      const turn = new Promise<void>((resolve) => (opened = resolve));
      const run = layoutShift(page, hash, opened).then(async (shift) => {
        if (journal === 'full' && hash === '#/help') {
          // What was measured is Help now with the person's people on it, not without them.
          await expect(page.getByRole('link', { name: 'Call Marisol' })).toBeVisible();
          await expect(page.getByRole('link', { name: 'Call Dr. Okafor' })).toBeVisible();
        }
        await page.close();
        return shift;
      });
      runs.push(run);
      await Promise.race([turn, run.catch(() => {})]);
    }
    for (const [index, { total, moved }] of (await Promise.all(runs)).entries()) {
      const hash = STILL[index]!;
      measured.push(`${hash} ${total.toFixed(3)}`);
      if (total > MAX_SHIFT) shifts.push(`${hash}: ${total.toFixed(3)} (${moved.join(' | ')})`);
    }
    await context.close();
    testInfo.annotations.push({ type: 'layout shift', description: measured.join(', ') });
    console.log(`layout shift, ${journal} journal: ${measured.join(', ')}`);
    expect(shifts).toEqual([]);
  });
}

// Made again through the app when the backup's format or the journal's screens change; see
// helpers/fullJournal.ts. Skipped in ordinary runs: the walks above bring the file in instead.
test('makes the full journal backup through the app', async ({ page }) => {
  test.skip(!process.env.MAKE_FULL_JOURNAL, 'run with MAKE_FULL_JOURNAL=1 to make it again');
  await writeLastingPart(page);
  await saveBackupTo(page, FULL_JOURNAL_BACKUP);
});

test('a backup’s preview fits a 320 px phone at 200 % text', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await openFullJournal(page);
  await page.goto('/#/settings/backup');
  await page.getByLabel('Save without a passphrase (not encrypted)').check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup' }).click();
  const file = await (await downloading).path();

  const look = { width: 320, height: 640 };
  await page.setViewportSize(look);
  await page.goto('/#/settings/import');
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await page.getByLabel('Backup file').setInputFiles(file);
  const open = page.getByRole('button', { name: 'Open the backup' });
  if (await open.isVisible()) await open.click();
  await expect(page.getByRole('heading', { name: 'What is in this backup' })).toBeVisible();
  await picture(page, {
    path: testInfo.outputPath('backup-preview-320-200.png'),
    fullPage: true,
  });
  const fit = await measure(page, look);
  // The five counts do not fit side by side: they scroll inside the table's own box, which a
  // keyboard can reach to scroll it.
  const box = await page.locator('.backup-preview').boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(look.width);
  const counts = page.getByRole('group', { name: 'Records in the backup, by kind' });
  const countsBox = await counts.boundingBox();
  expect(countsBox && countsBox.x + countsBox.width).toBeLessThanOrEqual(look.width);
  await counts.focus();
  await expect(counts).toBeFocused();
  expect(fit.pageWidth).toBeLessThanOrEqual(look.width);
  expect(fit.quickExit?.right ?? Infinity).toBeLessThanOrEqual(look.width);
  expect(fit.quickExitClipped).toBe(false);
  expect(fit.brokenWords).toEqual([]);
});

test('a day tapped on the journal calendar brings its entries where the person looks', async ({
  page,
}) => {
  await page.goto('/#/journal/new');
  await fill(page, 'Your words', 'A day worth finding again.');
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/#/journal');
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await page.getByText('Calendar and filters').click();
  const look = { width: 320, height: 640 };
  // The month's name and every day's number whole ("Dece" over "mber", "1" over "0" before).
  let fit = await measure(page, look);
  expect(fit.brokenWords, 'the calendar').toEqual([]);
  expect(fit.tooWide, 'the calendar').toEqual([]);
  await page.getByRole('button', { name: /1 entry/ }).click();
  const result = page.getByRole('status').filter({ hasText: /^1 entry on/ });
  await expect(result).toBeInViewport();
  const entry = page.getByRole('link', { name: /A day worth finding again/ });
  await expect(entry).toBeInViewport();

  // The note that says where it went, with its Undo, keeps its words whole too.
  await entry.click();
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  const toast = page.locator('.toast');
  await expect(toast).toContainText('Entry moved to Trash.');
  await expect(toast.getByRole('button', { name: 'Undo' })).toBeInViewport();
  fit = await measure(page, look);
  expect(fit.brokenWords, 'the note after moving to Trash').toEqual([]);
});

// The screens outside the shell carry their own Quick exit: the lock, and the journal that would
// not open. They must fit the small phone at large text too.
test('the locked screen and the journal that cannot be opened fit 320 px at 200 % text', async ({
  page,
}, testInfo) => {
  const look = { width: 320, height: 640 };
  const large = () =>
    page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
  const pass = 'a long walk by the quiet river';
  await setLockInSettings(page, pass);
  await page.setViewportSize(look);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your journal is locked' }),
  ).toBeVisible();
  await large();
  await picture(page, { path: testInfo.outputPath('locked-320-200.png'), fullPage: true });
  let fit = await measure(page, look);
  expect(fit.tooWide, 'the locked screen').toEqual([]);
  expect(fit.brokenWords, 'the locked screen').toEqual([]);
  expect(fit.quickExit && fit.quickExit.right <= look.width && !fit.quickExitClipped).toBe(true);

  // A database of the journal's name that this Stepwork cannot open, made before the app runs.
  const other = await page.context().newPage();
  await other.setViewportSize(look);
  await other.goto('/robots.txt');
  await other.evaluate(async () => {
    for (const { name } of await indexedDB.databases()) if (name) indexedDB.deleteDatabase(name);
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('stepwork', 990);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(new Error('could not prepare the database'));
    });
  });
  await page.close();
  await other.goto('/#/journal');
  await expect(other.getByRole('alert').getByRole('heading', { level: 1 })).toBeVisible();
  await other.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await picture(other, { path: testInfo.outputPath('cannot-open-320-200.png'), fullPage: true });
  fit = await measure(other, look);
  expect(fit.tooWide, 'the journal that cannot be opened').toEqual([]);
  expect(fit.brokenWords, 'the journal that cannot be opened').toEqual([]);
  expect(fit.quickExit && fit.quickExit.right <= look.width && !fit.quickExitClipped).toBe(true);
});
