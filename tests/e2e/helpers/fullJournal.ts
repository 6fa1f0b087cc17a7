import { expect, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { bringInBackup } from './backupFiles';

// A journal with real writing in it, for the walks that check every screen at large text and
// the layout-shift measures. What lasts (entries, an inventory, people, a meeting) comes from a
// backup the app itself saved, brought in through Settings → Bring in a backup; what belongs to
// today (a check-in, a goal's day, the recovery count) is written through the screens each time,
// so Today shows what it shows a person who used the app today.
//
// The backup is made again through the app, never edited by hand, with:
//   MAKE_FULL_JOURNAL=1 npx playwright test reflow.spec.ts -g "full journal backup"
export const FULL_JOURNAL_BACKUP = fileURLToPath(
  new URL('../../fixtures/full-journal-backup.json', import.meta.url),
);

// Words with no place to break, the kind a phone's text box happily takes.
const LONG_WORD = 'Unbelievablyoverwhelmingafternoonwithoutanywheretobreak';
const LONG_TITLE = `The ${LONG_WORD} and the long walk home past the river and the old church`;

async function fill(page: Page, label: string | RegExp, words: string) {
  await page.getByLabel(label, { exact: typeof label === 'string' }).fill(words);
}

/** The lasting part, written through the screens as a person would: what the backup holds. */
export async function writeLastingPart(page: Page): Promise<void> {
  for (const [title, words] of [
    [LONG_TITLE, `${LONG_WORD} ${LONG_WORD}. I stayed, and I wrote it down.`],
    ['Morning', 'https://example.invalid/a-very-long-address-that-a-person-pasted-in-whole'],
    ['', 'A short one with no title.'],
  ] as const) {
    await page.goto('/#/journal/new');
    if (title) await fill(page, 'Title (optional)', title);
    await fill(page, 'Your words', words);
    await expect(page.getByText('Saved on this device')).toBeVisible();
  }

  await page.goto('/#/inventory');
  await page.getByRole('link', { name: 'Start an emotion inventory' }).click();
  await fill(page, 'What happened? (optional)', `A hard call: ${LONG_WORD}`);
  for (const [family, word, strength] of [
    ['Anger', 'frustrated', 7],
    ['Loneliness', 'misunderstood', 9],
  ] as const) {
    await page.locator('summary', { hasText: new RegExp(`^${family}`) }).click();
    await page.getByRole('checkbox', { name: word, exact: true }).check();
    await page.getByRole('slider', { name: `How strong is “${word}”?` }).fill(String(strength));
  }
  await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Finish this inventory' }).click();
  await expect(page.getByText(/Thank you for sitting with what you feel/)).toBeVisible();

  // The people Help now lists above the crisis lines: read from the journal as the screen opens.
  await page.goto('/#/help/people');
  for (const [name, who, phone] of [
    ['Marisol', 'my sponsor', '+1 (555) 010-4477'],
    ['Dr. Okafor', 'my therapist, Tuesdays and Thursdays', '+1 (555) 010-2290'],
  ] as const) {
    await page.getByRole('button', { name: 'Add someone' }).click();
    const form = page.getByRole('form', { name: 'Add someone' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Who they are to you').fill(who);
    await form.getByLabel('Phone number').fill(phone);
    if (name === 'Marisol') {
      await form.getByLabel('Do they walk the road with you?').selectOption('sponsor');
    }
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('link', { name: `Call ${name}` })).toBeVisible();
  }

  // A meeting with a day (so Today shows it next) and one time went, with a long note.
  await page.goto('/#/help/meetings');
  await page.getByRole('button', { name: 'Add a meeting' }).click();
  const meeting = page.getByRole('form', { name: 'Add a meeting' });
  await meeting.getByLabel('Name', { exact: true }).fill(`Home group ${LONG_WORD}`);
  await meeting.getByLabel('Day').selectOption({ label: 'Wednesday' });
  await meeting.getByLabel('Time (if you like)').fill('19:30');
  await meeting.getByLabel('Where, or how to join').fill(`Church hall, ${LONG_WORD}`);
  await meeting.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: /^I went to Home group/ }).click();
  await fill(page, 'What you heard or shared (if you like)', `One day at a time ${LONG_WORD}`);
  await page.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByText('Noted. Thank you for going.')).toBeVisible();
}

/** What belongs to today, written through the screens: it cannot wait in a file. */
async function writeTodaysPart(page: Page): Promise<void> {
  await page.goto('/#/today/checkin');
  await page.getByRole('radio', { name: 'In between' }).check();
  await page.getByRole('checkbox', { name: 'Lonely' }).check();
  await page
    .getByRole('group', { name: 'Cravings or urges today' })
    .getByRole('radio', { name: '10' })
    .check();
  await fill(page, 'One small win', LONG_WORD);
  await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();

  await page.goto('/#/today/goals');
  await page.getByRole('button', { name: 'Start a new goal' }).click();
  await fill(page, 'Your goal, in your words', `Walk after lunch, ${LONG_WORD}`);
  await page.getByRole('radio', { name: 'Done', exact: true }).check();
  await page.getByRole('button', { name: 'Save for this day' }).click();
  await expect(page.getByText(/^Logged for /)).toBeVisible();

  await page.goto('/#/today/recovery');
  await page.getByRole('button', { name: 'Turn recovery days on' }).click();
  await page.getByRole('button', { name: 'Start counting' }).click();
  await expect(page.getByRole('group', { name: 'Your count' })).toContainText('day of recovery');
}

/** Brings the full journal's backup in through the app's own screen, then writes today's part. */
export async function openFullJournal(page: Page): Promise<void> {
  await bringInBackup(page, FULL_JOURNAL_BACKUP);
  await writeTodaysPart(page);
}
