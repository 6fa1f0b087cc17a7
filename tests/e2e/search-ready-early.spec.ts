import { test, expect } from './fixtures';

// Search is ready before a person asks for it (src/app/Boot.tsx, useSearchReadySoon): with no
// lock, the index starts in its worker once the first screen is drawn, not when Search opens.
test.use({ serviceWorkers: 'block' });

const WORDS = 'Walked by the harbour after the meeting and felt steady';

test('with no lock, search is ready by the time a person opens it, after Today is drawn', async ({
  page,
}) => {
  await page.goto('/#/journal/new');
  await page.getByLabel('Your words').pressSequentially(WORDS);
  await expect(page.getByText('Saved on this device')).toBeVisible();

  // A fresh start on Today, the moment it is drawn noted from inside the page.
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      const h1 = [...document.querySelectorAll('main h1')];
      if (!h1.some((h) => h.textContent === 'Today')) return;
      performance.mark('test-today-shown');
      seen.disconnect();
    });
    seen.observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.waitForFunction(
    () => performance.getEntriesByName('search-index-ready').length > 0,
    null,
    { timeout: 30_000 },
  );
  const marks = await page.evaluate(() => ({
    today: performance.getEntriesByName('test-today-shown')[0]?.startTime ?? NaN,
    start: performance.getEntriesByName('search-index-start')[0]?.startTime ?? NaN,
  }));
  // The index waited for the first screen: it did not share the thread with it.
  expect(marks.start).toBeGreaterThan(marks.today);
  expect(page.workers().filter((w) => w.url().includes('search.worker'))).toHaveLength(1);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journal' })
    .click();
  await page.getByRole('link', { name: 'Search' }).click();
  // Ready when it opens: no "Getting your entries ready", and then the whole answer.
  const count = page.locator('.search__count');
  await expect(count).toHaveText(/^Type a word or two/);
  await page.getByLabel('Search your journal').fill('harbour');
  await expect(count).toHaveText('1 entry found');
  await expect(page.getByRole('link', { name: /harbour/ }).locator('mark')).toHaveText('harbour');
});
