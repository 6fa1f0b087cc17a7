import { test, expect } from './fixtures';
import { dumpIndexedDb } from './helpers/indexedDbDump';

const NOTE = 'Called my sponsor before the meeting, nervous but glad';
const TELLTALE_WORDS = ['sponsor', 'meeting', 'nervous'];

test('what a person writes cannot be read in IndexedDB', async ({ page }) => {
  await page.goto('/#/journal/new');
  await page.getByLabel('Your words').fill(NOTE);
  await expect(page.getByText('Saved on this device')).toBeVisible();

  const dump = await dumpIndexedDb(page);
  const entries = dump.find((store) => store.store === 'entries');
  expect(entries?.count, 'records in the entries store').toBe(1);
  // The dump does show what stays in the clear (the entry's local day), so the note's absence
  // below is not a blind spot of the dump.
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
  expect(entries?.text).toContain(today);

  const everything = dump
    .map((store) => store.text)
    .join('\n')
    .toLowerCase();
  for (const word of TELLTALE_WORDS) {
    expect(everything, `"${word}" readable in IndexedDB`).not.toContain(word);
  }
  expect(everything).not.toContain('extractable=true');

  const localStorageText = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  for (const word of TELLTALE_WORDS) {
    expect(localStorageText.toLowerCase()).not.toContain(word);
  }
});
