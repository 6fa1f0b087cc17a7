import { test, expect } from './fixtures';
import { setLockInSettings } from './helpers/lock';

// The search worker starts when the search code loads (searchIndex.ts), before it is given the
// key, so that its own start overlaps the journal opening. Opened on search while locked, that
// worker waits; Quick exit must end it like the index's own, and unlocking must put it to work.
test.use({ serviceWorkers: 'block' });

const PASS = 'a slow morning by the harbour wall';
const WORDS = 'Planted tomatoes with my sister and we laughed about the old kitchen';

test('opened on search while locked: the waiting worker ends with Quick exit, and after unlocking it finds the words', async ({
  page,
  context,
}) => {
  await page.goto('/#/journal/new');
  await page.getByLabel('Your words').pressSequentially(WORDS);
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await setLockInSettings(page, PASS);

  const searchWorkers = (on = page) =>
    on.workers().filter((w) => w.url().includes('search.worker'));

  // A fresh start on search (the lock holds from the next start; the hash alone is no start).
  await page.goto('/#/journal/search');
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your journal is locked' }),
  ).toBeVisible();
  // The search screen's code came with the page, and with it the worker waiting for a key.
  await expect.poll(() => searchWorkers().length).toBe(1);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect.poll(() => searchWorkers().length).toBe(0);

  const again = await context.newPage();
  await again.goto('/#/journal/search');
  await again.getByLabel('Passphrase').fill(PASS);
  await again.getByRole('button', { name: 'Unlock' }).click();
  await again.getByLabel('Search your journal').fill('tomatoes');
  await expect(again.locator('.search__count')).toHaveText('1 entry found');
  await expect(again.getByRole('link', { name: /Planted tomatoes/ }).locator('mark')).toHaveText(
    'tomatoes',
  );
  // The worker that waited is the one that searched: no second one was started.
  expect(searchWorkers(again)).toHaveLength(1);
});
