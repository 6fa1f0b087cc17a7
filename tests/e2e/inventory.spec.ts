import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { bringInBackup, saveBackupTo } from './helpers/backupFiles';
import { runAxe } from './helpers/axe';
import { checkBothSchemes } from './helpers/checks';
import { openAppOffline } from './helpers/serviceWorker';
import { picture } from './helpers/picture';

async function chooseFeeling(page: Page, family: string, word: string, intensity: number) {
  await page.locator('summary', { hasText: new RegExp(`^${family}`) }).click();
  await page.getByRole('checkbox', { name: word, exact: true }).check();
  await page.getByRole('slider', { name: `How strong is “${word}”?` }).fill(String(intensity));
}

// Offline: the worker is installed here (the config blocks it elsewhere).
test.describe(() => {
  test.use({ serviceWorkers: 'allow' });

  test('a whole emotion inventory on a phone with the network off', async ({
    page,
    context,
    server,
  }) => {
    await openAppOffline(page, context, server);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Inventory' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inventory' })).toBeVisible();
    await page.getByRole('link', { name: 'Start an emotion inventory' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Emotion inventory' })).toBeVisible();

    await page.getByLabel('What happened? (optional)').fill('A hard call with my mother');
    await chooseFeeling(page, 'Anger', 'frustrated', 7);
    await chooseFeeling(page, 'Loneliness', 'misunderstood', 9);
    await chooseFeeling(page, 'Relief', 'relieved', 2);
    await expect(page.getByText('9 of 10')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Throat' }).check();
    await page.getByRole('checkbox', { name: 'Stomach' }).check();
    await page.getByLabel('One kind thing you could do for yourself now').fill('Tea and a blanket');
    await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();

    // A pause opens Help now and the draft is there on the way back.
    await page.getByRole('link', { name: 'Take a pause with Help now' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('slider', { name: 'How strong is “misunderstood”?' })).toHaveValue(
      '9',
    );

    await page.getByRole('button', { name: 'Finish this inventory' }).click();
    await expect(page.getByText(/Thank you for sitting with what you feel/)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Feelings you named' })).toContainText(
      'misunderstood, 9 of 10',
    );

    await page.getByRole('link', { name: 'Back to inventory' }).click();
    await expect(
      page.getByRole('list', { name: 'Your emotion inventories' }).getByRole('link'),
    ).toContainText('frustrated, misunderstood, relieved');
    await page.getByRole('link', { name: 'See the picture' }).click();
    const table = page.getByRole('table', { name: 'Painful feelings in all' });
    await expect(table.getByRole('row', { name: /Loneliness/ })).toContainText('9');
    await expect(page.getByRole('paragraph').filter({ hasText: 'In the last 30 days' })).toHaveText(
      'In the last 30 days you finished one inventory. Of the painful feelings, you named ' +
        'loneliness and anger most, once each. Of the pleasant ones, you named relief most, once. ' +
        'Once you have inventories in more than one week, this shows what grew and what eased.',
    );
  });
});
const DAY = 24 * 60 * 60 * 1000;

// Eleven inventories over two months, as the new user took them: a month of fear, then
// a month of gratitude and hope. [days ago, [family, word, strength or unset]...]
const TWO_MONTHS: [number, [string, string, number?][]][] = [
  [56, [['Fear', 'afraid', 7]]],
  [52, [['Fear', 'dread']]],
  [
    49,
    [
      ['Fear', 'worried', 6],
      ['Sadness and grief', 'sad', 4],
    ],
  ],
  [45, [['Fear', 'afraid', 8]]],
  [42, [['Fear', 'terrified', 9]]],
  [
    38,
    [
      ['Fear', 'worried', 5],
      ['Gratitude', 'grateful', 3],
    ],
  ],
  [21, [['Gratitude', 'grateful', 6]]],
  [
    17,
    [
      ['Gratitude', 'thankful', 5],
      ['Hope', 'hopeful'],
    ],
  ],
  [14, [['Hope', 'hopeful', 6]]],
  [10, [['Gratitude', 'grateful', 7]]],
  [
    5,
    [
      ['Calm', 'calm', 5],
      ['Gratitude', 'grateful', 6],
    ],
  ],
];

// The eleven inventories are a backup the app saved, made again (never by hand) with
//   MAKE_TWO_MONTHS=1 npx playwright test inventory.spec.ts -g "two months backup"
// and brought in with the page's clock at the day it was saved, so "lately" means what it did.
const TWO_MONTHS_BACKUP = fileURLToPath(
  new URL('../fixtures/two-months-of-inventories-backup.json', import.meta.url),
);

test('makes the two months backup through the app', async ({ page }) => {
  test.skip(!process.env.MAKE_TWO_MONTHS, 'run with MAKE_TWO_MONTHS=1 to make it again');
  test.setTimeout(240_000);
  const today = Date.now();
  await page.clock.install({ time: today });
  await page.clock.resume();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const [i, [ago, feelings]] of TWO_MONTHS.entries()) {
    await page.clock.setSystemTime(today - ago * DAY);
    await page.goto(`/#/inventory/emotions/seed-${i}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Emotion inventory' })).toBeVisible();
    for (const [family, word, strength] of feelings) {
      await page.locator('summary', { hasText: new RegExp(`^${family}`) }).click();
      await page.getByRole('checkbox', { name: word, exact: true }).check();
      if (strength !== undefined) {
        await page.getByRole('slider', { name: `How strong is “${word}”?` }).fill(String(strength));
      }
    }
    await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Finish this inventory' }).click();
    await expect(page.getByText(/Thank you for sitting with what you feel/)).toBeVisible();
  }
  await page.clock.setSystemTime(today);
  await saveBackupTo(page, TWO_MONTHS_BACKUP);
});

test.describe('trends over two months', () => {
  // axe is added to the page as a script.
  test.use({ bypassCSP: true });
  test('trends show fear easing into gratitude, and fit 320 px with 200 % text in the dark', async ({
    page,
  }, testInfo) => {
    const { exportedAt } = JSON.parse(await readFile(TWO_MONTHS_BACKUP, 'utf8')) as {
      exportedAt: number;
    };
    await page.clock.install({ time: exportedAt });
    await page.clock.resume();
    await bringInBackup(page, TWO_MONTHS_BACKUP);
    await expect(page.getByText('11 records were added to your journal.')).toBeVisible();

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/#/inventory/trends/3-months');
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await expect(page.locator('.trends-summary')).toHaveText(
      'In the last 3 months you finished 11 inventories. Of the painful feelings, you named fear ' +
        'most, 6 times. Of the pleasant ones, you named gratitude most, 5 times. Gratitude and ' +
        'hope grew: they came up more often lately. Fear eased: it came up less often lately.',
    );
    const painful = page.getByRole('region', { name: 'Painful feelings' });
    const pleasant = page.getByRole('region', { name: 'Pleasant feelings' });
    await expect(painful.getByRole('img', { name: /^Fear, week by week: / })).toBeVisible();
    await expect(pleasant.getByRole('img', { name: /^Gratitude, week by week: / })).toBeVisible();
    await expect(pleasant.getByRole('img', { name: /^Fear/ })).toHaveCount(0);

    // Nothing scrolls sideways but the tables, each inside its own labelled box.
    const fit = await page.evaluate(() => ({
      pageWidth: document.documentElement.scrollWidth,
      strips: [...document.querySelectorAll('svg.trend-strip')].map(
        (svg) => svg.getBoundingClientRect().right,
      ),
    }));
    expect(fit.pageWidth).toBeLessThanOrEqual(320);
    for (const right of fit.strips) expect(right).toBeLessThanOrEqual(320);
    await picture(page, {
      path: testInfo.outputPath('inventory-trends-320-200-dark.png'),
      fullPage: true,
    });
    const { violations } = await runAxe(page);
    expect(violations).toEqual([]);
  });
});

const SCREENS = [
  { name: 'hub', hash: '#/inventory', ready: 'Inventory' },
  { name: 'emotion', hash: '#/inventory/emotions/axe-new', ready: 'Emotion inventory' },
  { name: 'classic', hash: '#/inventory/classic', ready: 'Resentments, fears and harms' },
  { name: 'resentments', hash: '#/inventory/classic/resentment', ready: 'Resentments' },
  { name: 'resentment-row', hash: '#/inventory/classic/resentment/axe-r', ready: /one row/ },
  { name: 'harm-row', hash: '#/inventory/classic/harm/axe-h', ready: /one row/ },
  { name: 'letters', hash: '#/inventory/letter', ready: 'Letters to yourself' },
  { name: 'letter', hash: '#/inventory/letter/axe-l', ready: 'A letter to yourself' },
  { name: 'trends', hash: '#/inventory/trends/year', ready: 'Your feelings over time' },
] as const;

// One page goes through every screen, as a person would, and looks at each in both colour
// schemes once it is ready: a fresh browser and app start for each screen cost most of this
// file's time, and choosing the same feelings once per scheme doubled what was left.
test.describe('axe on each inventory screen', () => {
  test.use({ bypassCSP: true });
  test('every inventory screen, light and dark', async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    for (const screen of SCREENS) {
      await test.step(screen.name, async () => {
        await page.goto(`/${screen.hash}`);
        await expect(page.getByRole('heading', { level: 1, name: screen.ready })).toBeVisible();
        if (screen.name === 'emotion') {
          // Open a family and choose a word, so the checkboxes and the scale are checked too.
          await chooseFeeling(page, 'Fear', 'anxious', 6);
          // And the search, with matches from several families on screen.
          await page.getByRole('searchbox', { name: 'Find a feeling' }).fill('heavy');
          await expect(page.getByRole('list', { name: 'Feelings that match' })).toBeVisible();
        }
        if (screen.name === 'resentment-row') {
          await page.getByLabel('Who or what').fill('Someone');
          await page.getByRole('checkbox', { name: 'This was done to me' }).check();
          await expect(page.getByText(/was not your fault/)).toBeVisible();
        }
        await checkBothSchemes(
          page,
          testInfo,
          `inventory-${screen.name}`,
          'main a, main button, main summary, main input[type="range"], main .check-row label, main .segmented__option',
        );
      });
    }
  });
});
