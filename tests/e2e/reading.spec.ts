import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { checkBothSchemes } from './helpers/checks';

// Step 5: sitting across from someone you trust and reading your own work from the phone.

/** Watches the Screen Wake Lock API from inside the page: what was asked for, what let go. */
async function watchWakeLock(page: Page) {
  await page.addInitScript(() => {
    const seen = { requested: 0, released: 0 };
    Object.assign(window, { wakeLockSeen: seen });
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request: (type: string) => {
          if (type !== 'screen') return Promise.reject(new TypeError(type));
          seen.requested += 1;
          return Promise.resolve({
            release: () => {
              seen.released += 1;
              return Promise.resolve();
            },
          });
        },
      },
    });
  });
  return () =>
    page.evaluate(
      () =>
        (window as unknown as { wakeLockSeen: { requested: number; released: number } })
          .wakeLockSeen,
    );
}

async function write(page: Page, step: number, title: string, words: string) {
  await page.goto(`/#/journal/new/${step}`);
  await page.getByLabel('Title (optional)').fill(title);
  await page.getByLabel('Your words').fill(words);
  await expect(page.getByText('Saved on this device')).toBeVisible();
}

/** The accessible name of what has focus: its label, or its text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });

test('reads chosen Step 5 work aloud, with nothing to edit and the screen kept on, and saves a copy', async ({
  page,
}) => {
  const wakeLock = await watchWakeLock(page);
  await write(page, 5, 'Who I could tell', 'Maybe Ana. She keeps what I tell her.');
  await write(page, 5, 'Not for today', 'This one waits.');
  await write(page, 4, 'What I carry', 'The fear of being left.');

  // From Step 5's promise of a calm reading view, to choosing what to read.
  await page.goto('/#/steps/5');
  await page.getByRole('link', { name: 'Open the reading view' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Read aloud' })).toBeVisible();
  await page.getByRole('button', { name: 'Choose entries' }).click();
  await page.getByRole('checkbox', { name: /What I carry/ }).check();
  await page.getByRole('checkbox', { name: /Who I could tell/ }).check();
  await page.getByRole('button', { name: 'Read the chosen entries' }).click();

  // Read in the order chosen, one piece at a time, in large type.
  const title = page.locator('main h1');
  await expect(title).toHaveText('What I carry');
  await expect(page.getByText('1 of 2')).toBeVisible();
  // The whole document also waits, hidden, for the printer: only the page on screen counts here.
  const words = page.getByText('The fear of being left.').filter({ visible: true });
  await expect(words).toBeVisible();
  const size = await words.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);
  await expect(
    page.locator('main').locator('input, textarea, select, [contenteditable]'),
  ).toHaveCount(0);
  await expect(page.getByText('This one waits.')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  await expect.poll(async () => (await wakeLock()).requested).toBeGreaterThan(0);

  // Focus order: back, text size, the pages, then print and hand over.
  await page.locator('main').focus();
  const order: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    order.push(await focusedName(page));
  }
  expect(order).toEqual([
    'Done reading',
    'Smaller',
    'Larger',
    'Next →',
    'Print',
    'Save or share a copy',
  ]);

  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(title).toHaveText('Who I could tell');
  await expect(title).toBeFocused();
  await expect(page.getByRole('button', { name: 'Next →' })).toBeDisabled();

  // A copy leaves only by the person's own taps, after the warning, through a real download.
  await page.getByRole('button', { name: 'Save or share a copy' }).click();
  await expect(page.getByText(/leaves this device’s protection/)).toBeVisible();
  await expect(page.getByText(/The copy is not encrypted/)).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as a file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('stepwork-entries.md');
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toContain('# Entries I chose');
  expect(text.indexOf('### What I carry')).toBeLessThan(text.indexOf('### Who I could tell'));
  expect(text).toContain('Maybe Ana. She keeps what I tell her.');
  expect(text).toMatch(/^_\d{1,2} \w+ \d{4} · Step 5_$/mu);
  expect(text).not.toContain('This one waits.');
  await expect(page.getByText(/Your copy is saved as a file/)).toBeVisible();

  // On paper: the whole of what was chosen, and none of the app around it.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('The fear of being left.').filter({ visible: true })).toBeVisible();
  await expect(
    page.getByText('Maybe Ana. She keeps what I tell her.').filter({ visible: true }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quick exit' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Next →' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Leaving lets the screen sleep again.
  await page.getByRole('link', { name: 'Done reading' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Read aloud' })).toBeVisible();
  await expect.poll(async () => (await wakeLock()).released).toBeGreaterThan(0);
});

/** The page is no wider than the phone, in light and in dark. */
async function expectPhoneWidth(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, colorScheme).toBeLessThanOrEqual(390);
  }
}

// addScriptTag inlines axe into the page, which the app's strict CSP rightly refuses.
test.describe('the reading view at 200 % text', () => {
  test.use({ bypassCSP: true });

  // The entries written and the view prepared once, then looked at in light and dark: a test
  // for each scheme wrote them twice and tested nothing more.
  test('axe finds nothing in light or dark, and nothing scrolls sideways', async ({
    page,
  }, testInfo) => {
    await write(
      page,
      5,
      'Unbelievablyoverwhelmingafternoonwithoutanywheretobreak',
      'What I want to say first.\n\nAnd then the rest, slowly.',
    );
    await write(page, 5, 'Second', 'More words.');
    await page.goto('/#/read/step/5');
    await expect(page.locator('main h1')).toBeVisible();
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await page.getByRole('button', { name: 'Larger' }).click();
    await expect(page.getByText('28 px')).toBeVisible();
    await expectPhoneWidth(page);
    await checkBothSchemes(page, testInfo, 'reading', 'main button, main a');

    // And where the person chooses what to read.
    await page.goto('/#/read');
    await expect(page.getByRole('heading', { level: 1, name: 'Read aloud' })).toBeVisible();
    await page.getByRole('button', { name: 'Choose entries' }).click();
    await expect(page.getByRole('checkbox', { name: /Second/ })).toBeVisible();
    await expectPhoneWidth(page);
    await checkBothSchemes(page, testInfo, 'reading-choose', false);
  });
});
