import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { runAxe, smallTargets } from './helpers/axe';
import { waitForServiceWorkerControl } from './helpers/serviceWorker';

async function chooseFeeling(page: Page, family: string, word: string, intensity: number) {
  await page.locator('summary', { hasText: new RegExp(`^${family}`) }).click();
  await page.getByRole('checkbox', { name: word, exact: true }).check();
  await page.getByRole('slider', { name: `How strong is “${word}”?` }).fill(String(intensity));
}

test('a whole emotion inventory on a phone with the network off', async ({
  page,
  context,
  server,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await server.stop();
  await page.reload();

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
  const table = page.getByRole('table', { name: 'Feelings by family' });
  await expect(table.getByRole('row', { name: /Loneliness/ })).toContainText('9');
  await expect(page.getByRole('paragraph').filter({ hasText: 'In the last 30 days' })).toHaveText(
    'In the last 30 days you named loneliness once, at 9.',
  );
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

// One page per colour scheme goes through every screen, as a person would: a fresh browser and
// app start for each screen cost most of this file's time and tested nothing more.
test.describe('axe on each inventory screen', () => {
  test.use({ bypassCSP: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every inventory screen (${colorScheme})`, async ({ page }, testInfo) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme });
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
          await page.screenshot({
            path: testInfo.outputPath(`inventory-${screen.name}-${colorScheme}.png`),
            fullPage: true,
          });
          const { checked, violations } = await runAxe(page);
          expect
            .soft(checked, `axe rules that ran and passed on ${screen.name}`)
            .toBeGreaterThan(10);
          expect.soft(violations, screen.name).toEqual([]);
          // Every control a thumb has to hit is at least 44 px tall.
          const small = await smallTargets(
            page,
            'main a, main button, main summary, main input[type="range"], main .check-row label, main .segmented__option',
          );
          expect.soft(small, `touch targets under 44 px on ${screen.name}`).toEqual([]);
        });
      }
    });
  }
});
