import { test, expect } from './fixtures';
import { openAppOffline } from './helpers/serviceWorker';

// The worker is what this file is about (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const WORDS = 'The fear under the anger was about being left behind';

// One offline phone for the app opening and the journey through it: each had its own test,
// and each installed the worker (a full precache of the build) to open the same app offline.
test('the worker controls the first visit, and offline a person goes Steps → Step 4 → a prompt → writing → found again through search', async ({
  page,
  context,
  server,
}) => {
  await openAppOffline(page, context, server);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Today' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Lazy screens come from the precache too, not only the first one.
  await nav.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await page.getByRole('link', { name: 'Help now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();

  await nav.getByRole('link', { name: 'Steps' }).click();
  await page.getByRole('link', { name: /^Step 4\s*:/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Inventory your emotions' }),
  ).toBeVisible();
  await page
    .getByRole('link', { name: /Write about this/ })
    .first()
    .click();

  const words = page.getByLabel('Your words');
  await words.pressSequentially(WORDS);
  await expect(page.getByText('Saved on this device')).toBeVisible();
  // The prompt stays in view above the text.
  await expect(page.locator('.prompt-card__text')).not.toBeEmpty();

  await page.getByRole('link', { name: 'Back to journal' }).click();
  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByLabel('Search your journal').fill('left beh');
  await expect(page.getByText('1 entry found')).toBeVisible();
  const result = page.getByRole('link', { name: /left behind/ });
  await expect(result.locator('mark').first()).toHaveText(/left/i);
  // The index lives in a worker, loaded from the precache like the rest of the app (offline).
  const searchWorkers = () => page.workers().filter((w) => w.url().includes('search.worker'));
  expect(searchWorkers()).toHaveLength(1);
  await result.click();
  await expect(page.getByLabel('Your words')).toHaveValue(WORDS);

  // Quick exit ends the worker, and with it the key it was given and every opened word.
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect.poll(() => searchWorkers().length).toBe(0);
});
