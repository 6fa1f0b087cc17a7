import { test, expect } from './fixtures';

// Issue 12: an item taken off the list in one tab while its editor is open in another used to
// come back with that editor's next save. The deletion leaves a mark in the database that every
// save reads in its own transaction (src/db/deletedRecords.ts); the editor says so and keeps
// the words on screen to copy.

// The refusal is the database's (both tabs share one IndexedDB): no network or service worker
// has a part in it, so the worker stays blocked as in every spec not about it (installing it
// precached the whole build, seconds of CPU, for nothing this test asserts).

const NAME = 'Quillonbright';
const FIRST = 'I broke the heliotropic promise';
const MORE = ' and never said so';

test('an amends item taken off the list in another tab does not come back', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // Tab A: a person adds someone and writes.
  await page.goto('/#/amends/new');
  await page.getByLabel('Their name, or how you think of them').fill(NAME);
  const happened = page.getByLabel('What happened (optional)');
  await happened.fill(FIRST);
  await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();
  const itemUrl = page.url();
  expect(itemUrl).toMatch(/#\/amends\/item\//);

  // Tab B, in the same browser: the same item, taken off the list.
  const other = await context.newPage();
  await other.goto(itemUrl);
  await expect(other.getByLabel('Their name, or how you think of them')).toHaveValue(NAME);
  await other.getByRole('button', { name: 'Take this off my list' }).click();
  await other.getByRole('button', { name: 'Yes, take it off' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Amends' })).toBeVisible();
  await expect(other.getByText(NAME)).toHaveCount(0);

  // Tab A, brought back to the front, types on: the save is refused, said plainly, and the
  // words stay to copy, every one of them (a tap on Copy soon after the last keystroke once
  // copied the words of the previous refusal, leaving the newest out).
  await page.bringToFront();
  await happened.focus();
  await happened.press('End');
  await happened.pressSequentially(MORE);
  await expect(page.getByText('Not saved', { exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'This was deleted for good in another tab or window',
  );
  await expect(happened).toHaveValue(FIRST + MORE);
  await page.getByRole('button', { name: 'Copy my words' }).click();
  await expect(page.getByText(/^Copied\./)).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`Their name, or how you think of them\n${NAME}`);
  expect(copied).toContain(`What happened\n${FIRST + MORE}`);

  // Both tabs reload: the item stays off the list, and its address opens an empty item.
  await page.reload();
  await other.reload();
  for (const tab of [page, other]) {
    await tab.goto('/#/amends');
    await expect(tab.getByRole('heading', { level: 1, name: 'Amends' })).toBeVisible();
    await expect(tab.getByRole('link', { name: /Add someone to the list/ })).toBeVisible();
    await expect(tab.getByText(NAME)).toHaveCount(0);
  }
  await page.goto(itemUrl);
  await expect(page.getByLabel('What happened (optional)')).toHaveValue('');
  await expect(page.getByText(FIRST)).toHaveCount(0);
});
