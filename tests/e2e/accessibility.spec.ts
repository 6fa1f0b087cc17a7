import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { expectAxeCleanInScheme } from './helpers/checks';
import { picture } from './helpers/picture';

const ROUTES = [
  { name: 'today', hash: '#/' },
  { name: 'steps', hash: '#/steps' },
  { name: 'journal', hash: '#/journal' },
  { name: 'new-entry', hash: '#/journal/new' },
  { name: 'inventory', hash: '#/inventory' },
  { name: 'own-words', hash: '#/inventory/words' },
  { name: 'amends', hash: '#/amends' },
  { name: 'help', hash: '#/help' },
  { name: 'grounding', hash: '#/help/grounding' },
  { name: 'breathing', hash: '#/help/breathing' },
  { name: 'people', hash: '#/help/people' },
  { name: 'meetings', hash: '#/help/meetings' },
  { name: 'safety-plan', hash: '#/help/safety-plan' },
  { name: 'safety-plan-edit', hash: '#/help/safety-plan/edit' },
  { name: 'staying-well', hash: '#/help/staying-well' },
  { name: 'staying-well-edit', hash: '#/help/staying-well/edit' },
  { name: 'settings', hash: '#/settings' },
  { name: 'lock', hash: '#/settings/lock' },
] as const;

// addScriptTag inlines axe into the page, which the app's strict CSP rightly refuses.
test.use({ bypassCSP: true });

const SCHEMES = ['light', 'dark'] as const;

/** "Opening…", "Opening your entries…": a screen still waiting on its data. */
const OPENING = /Opening[^…]{0,40}…/;

// One page walks every route, as a person moving through the app would, and each screen is
// looked at in both colour schemes once it is open: a fresh browser and app start for each route
// cost a minute of the suite, and walking the routes once per scheme doubled it again. Every
// screen's code is loaded ahead, as the app does for a person (src/app/warmScreens.ts): a first
// visit to each screen otherwise waited out React's 300 ms hold on a suspended one (14 s of a
// 5 s walk, measured alone), and the walk opens most of them anyway.
test.describe(() => {
  test.use({ warmScreens: true });
  test('axe finds nothing on any main route, light and dark', async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    await page.goto('/#/');
    await expect(page.locator('main h1')).toBeVisible();
    for (const route of ROUTES) {
      await test.step(route.hash, async () => {
        // Hash routes change the screen in place; the marked heading tells the old screen apart.
        if (route.hash !== '#/') {
          await page.evaluate(() =>
            document.querySelector('main h1')?.setAttribute('data-was', ''),
          );
          await page.goto(`/${route.hash}`);
        }
        await expect(page.locator('main h1:not([data-was])')).toBeVisible();
        // Its code is already here, so it is drawn before its data: axe looks once it has it.
        await expect(page.locator('main')).not.toContainText(OPENING);
        if (route.name === 'new-entry') await expect(page.getByLabel('Your words')).toBeVisible();
        for (const colorScheme of SCHEMES) {
          await test.step(`${route.hash} (${colorScheme})`, async () => {
            const where = `${route.hash} (${colorScheme})`;
            await expectAxeCleanInScheme(page, colorScheme, where, { soft: true });
            await picture(page, {
              path: testInfo.outputPath(`${route.name}-${colorScheme}.png`),
              fullPage: true,
            });
          });
        }
      });
    }
  });
});

test('axe finds nothing on the delete-for-good question, light and dark', async ({ page }) => {
  // Both colour schemes: the budget of the two tests this once was.
  test.setTimeout(120_000);
  await page.goto('/#/inventory/letter/axe-check');
  await page.getByLabel('Your letter').fill('Dear me, this is only a check.');
  await page.getByRole('button', { name: 'Delete this letter…' }).click();
  await expect(page.getByRole('group', { name: 'Delete this letter?' })).toBeVisible();
  for (const colorScheme of SCHEMES) {
    await expectAxeCleanInScheme(page, colorScheme, `the question (${colorScheme})`);
  }
  const keep = await page.getByRole('button', { name: 'Keep it' }).boundingBox();
  expect(keep?.height ?? 0).toBeGreaterThanOrEqual(44);
});

test('axe finds nothing when the journal cannot be opened, Quick exit included, light and dark', async ({
  page,
}) => {
  // Both colour schemes: the budget of the two tests this once was.
  test.setTimeout(120_000);
  // A database of the journal's name that this Stepwork cannot open, made before the app runs.
  await page.goto('/robots.txt');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('stepwork', 990);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(new Error('could not prepare the database'));
      }),
  );
  await page.goto('/#/journal');
  await expect(page.getByRole('alert').getByRole('heading', { level: 1 })).toBeVisible();
  const exit = page.getByRole('button', { name: 'Quick exit' });
  expect((await exit.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  for (const colorScheme of SCHEMES) {
    await expectAxeCleanInScheme(
      page,
      colorScheme,
      `the journal that cannot open (${colorScheme})`,
    );
  }
  await exit.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
});

// The walks above look at each screen in dark with axe's colour rules only, trusting that the dark
// scheme changes colours and nothing else (a hidden part, a bigger font or a moved control would
// need every rule again). This holds every source to that.
test('the dark scheme changes colours and nothing else', async () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // index.html may ask only to colour the browser's own bar (theme-color), outside the page.
  const html = (await readFile(`${root}index.html`, 'utf8')).split('\n');
  expect(
    html.filter(
      (line) => line.includes('prefers-color-scheme') && !/name="theme-color"/.test(line),
    ),
  ).toEqual([]);
  const files = (await readdir(`${root}src`, { recursive: true }))
    .filter((file) => /\.(css|html|tsx?)$/.test(file))
    .map((file) => `src/${file}`);
  const dark: string[] = [];
  for (const file of files) {
    if ((await readFile(`${root}${file}`, 'utf8')).includes('prefers-color-scheme'))
      dark.push(file);
  }
  expect(dark, 'sources that ask for the colour scheme').toEqual(['src/ui/tokens.css']);
  const tokens = await readFile(`${root}src/ui/tokens.css`, 'utf8');
  const block = /@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}\s*\}/.exec(tokens);
  const properties = [...(block?.[1] ?? '').matchAll(/([\w-]+)\s*:/g)].map((m) => m[1]);
  expect(properties.length, 'what the dark scheme sets').toBeGreaterThan(5);
  expect(properties.filter((name) => !/^--(color-[\w-]+|shadow)$/.test(name!))).toEqual([]);
});

// The sticky top bar and the fixed bottom navigation cover whatever scrolls under them; html's
// scroll-padding (src/ui/base.css) makes the browser bring a focused control out from under them.
// Checked at Lighthouse's phone and at 200 % text, where both bars grow.
for (const look of [
  { name: '412×823', viewport: { width: 412, height: 823 }, text: '100%' },
  { name: '390×844, text 200%', viewport: { width: 390, height: 844 }, text: '200%' },
]) {
  test(`a control reached with Tab is never under the sticky bars (${look.name})`, async ({
    page,
  }) => {
    await page.setViewportSize(look.viewport);
    for (const hash of ['#/', '#/steps']) {
      await page.goto(`/${hash}`);
      await expect(page.locator('main h1')).toBeVisible();
      await page.evaluate((size) => (document.documentElement.style.fontSize = size), look.text);
      const hidden: string[] = [];
      for (let press = 0; press < 40; press += 1) {
        await page.keyboard.press('Tab');
        const spot = await page.evaluate(() => {
          const focused = document.activeElement;
          if (!focused || !focused.closest('main')) return null;
          const box = focused.getBoundingClientRect();
          const top = document.querySelector('.topbar')!.getBoundingClientRect().bottom;
          const bottom = document.querySelector('.bottomnav')!.getBoundingClientRect().top;
          const name = (focused.textContent ?? '').trim().slice(0, 40);
          return box.top < top - 0.5 || box.bottom > bottom + 0.5
            ? `${name}: ${Math.round(box.top)}–${Math.round(box.bottom)}, bars end ${Math.round(top)} and start ${Math.round(bottom)}`
            : null;
        });
        if (spot) hidden.push(`${hash} ${spot}`);
      }
      expect(hidden).toEqual([]);
    }
  });
}
