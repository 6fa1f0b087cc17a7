import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Holds back every script of the app until `release()`: the page as a slow phone has it while
 * the code is still on its way. */
async function holdCode(page: Page): Promise<{ release: () => void }> {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}

/** Where the top bar's controls are drawn. */
async function barPlaces(page: Page) {
  const box = (name: string) =>
    page.locator('header.topbar').getByRole('link', { name, exact: true }).boundingBox();
  return { help: await box('Help now'), settings: await box('Settings') };
}

test('the first frame is drawn before any code, with the app’s own top bar where it will stay', async ({
  page,
}) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
  });
  const code = await holdCode(page);
  await page.goto('/#/inventory', { waitUntil: 'commit' });
  // The screen's own code is asked for by the page itself, beside the app's, not after it (the
  // page's small script runs under the policy's hash for it).
  await expect(page.locator('link[rel="modulepreload"][href*="InventoryRoutes-"]')).toHaveCount(1);
  const bar = page.locator('header.topbar');
  await expect(bar.getByRole('link', { name: 'Help now' })).toBeVisible();
  await expect(bar.getByRole('link', { name: 'Quick exit' })).toBeVisible();
  await expect(page.getByText('Opening your journal…')).toBeVisible();
  const before = await barPlaces(page);
  const exitBefore = await bar.getByRole('link', { name: 'Quick exit' }).boundingBox();

  code.release();
  await expect(page.getByRole('heading', { level: 1, name: 'Inventory' })).toBeVisible();
  expect(await barPlaces(page)).toEqual(before);
  expect(await bar.getByRole('button', { name: 'Quick exit' }).boundingBox()).toEqual(exitBefore);
  expect(refused).toEqual([]);
});

test('Quick exit in the first frame works before the code has come', async ({ page }) => {
  const code = await holdCode(page);
  await page.goto('/#/journal', { waitUntil: 'commit' });
  await page.getByRole('link', { name: 'Quick exit' }).click();
  // All a tap can do without code: the address changes, nothing is fetched or drawn.
  await expect(page).toHaveURL(/#\/quick-exit$/);

  code.release();
  await expect(page.getByRole('heading', { name: 'Notes' })).toBeVisible();
  await expect(page).toHaveTitle('Notes');
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByText('Opening your journal…')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Help now' })).toHaveCount(0);
  // The neutral screen holds through a reload, as after the app's own Quick exit.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Notes' })).toBeVisible();
});

test('after a quick exit, a reload’s first frame is already the neutral screen', async ({
  page,
}) => {
  await page.goto('/#/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page.getByRole('heading', { name: 'Notes' })).toBeVisible();

  const code = await holdCode(page);
  await page.reload({ waitUntil: 'commit' });
  // Before any of the app's code: the neutral look and title, nothing of the app's own.
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  await expect(page).toHaveTitle('Notes');
  await expect(page.getByText('Stepwork', { exact: true })).toBeHidden();
  await expect(page.getByText('Opening your journal…')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Help now', exact: true })).toHaveCount(0);
  const before = await page.getByRole('heading', { name: 'Notes' }).boundingBox();

  code.release();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  // React's neutral screen took the frame's place without moving it.
  expect(await page.getByRole('heading', { name: 'Notes' }).boundingBox()).toEqual(before);
  await expect(page).toHaveTitle('Notes');

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Help now', exact: true })).toBeVisible();
});
