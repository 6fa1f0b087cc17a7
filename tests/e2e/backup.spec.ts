import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { runAxe, smallTargets } from './helpers/axe';
import { PHONE } from './helpers/phone';

const NOTE = 'Told my sister the truth about the winter, hands shaking, relieved after';
const TELLTALE = ['sister', 'winter', 'shaking', 'relieved'];
const PASSPHRASE = 'lanterns over the harbour';

test.setTimeout(120_000);

test('a backup saved through a real download comes back whole on a fresh profile', async ({
  page,
  browser,
  netlog,
  server,
}) => {
  await page.goto('/#/journal/new');
  await page.getByLabel('Your words').fill(NOTE);
  await expect(page.getByText('Saved on this device')).toBeVisible();

  // Encrypted (the default): a passphrase chosen now, and none of the words in the file.
  await page.goto('/#/settings/backup');
  await page.getByLabel('Passphrase for this backup').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^stepwork-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const encryptedPath = await download.path();
  const encrypted = await readFile(encryptedPath, 'utf8');
  expect(JSON.parse(encrypted)).toMatchObject({ format: 'stepwork-backup', encrypted: true });
  for (const word of TELLTALE) {
    expect(encrypted.toLowerCase(), `"${word}" readable in the encrypted file`).not.toContain(word);
  }
  await expect(page.getByText(/Your backup is saved/)).toBeVisible();

  // The plain export, after its warning, does carry the words: the check above is not blind.
  await page.getByLabel('Save without a passphrase (not encrypted)').check();
  await expect(page.getByRole('note')).toContainText('anyone who finds this file');
  const plainDownloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup' }).click();
  const plain = await readFile(await (await plainDownloading).path(), 'utf8');
  expect(plain).toContain(NOTE);

  // A new phone: another profile, another key, an empty journal. A second context of the same
  // browser shares no storage with the first; a browser launched on a disk profile (and the
  // service worker it installed) cost seconds of CPU and added nothing this test asserts.
  const phone = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  netlog.watch(phone);
  const fresh = await phone.newPage();
  await fresh.goto(`${server.url}#/settings/import`);
  const choosing = fresh.waitForEvent('filechooser');
  await fresh.getByLabel('Backup file').click();
  await (await choosing).setFiles(encryptedPath);
  await fresh.getByLabel('Backup passphrase').fill(PASSPHRASE);
  await fresh.getByRole('button', { name: 'Open the backup' }).click();
  await expect(fresh.getByRole('heading', { name: 'What is in this backup' })).toBeVisible();
  await expect(fresh.getByRole('row', { name: /Journal entries/ })).toContainText('1');
  await fresh.getByRole('button', { name: 'Bring in the backup' }).click();
  await expect(fresh.getByText('1 record was added to your journal.')).toBeVisible();

  await fresh.getByRole('link', { name: 'Go to your journal' }).click();
  const entries = fresh.getByRole('list', { name: 'Your entries, newest first' });
  await entries.getByRole('link', { name: NOTE }).click();
  await expect(fresh.getByLabel('Your words')).toHaveValue(NOTE);
  await phone.close();
});

test('a file that is not a backup is refused with plain words', async ({ page }, testInfo) => {
  const path = testInfo.outputPath('notes.json');
  await import('node:fs/promises').then((fs) => fs.writeFile(path, '{"hello": "world"}'));
  await page.goto('/#/settings/import');
  await page.getByLabel('Backup file').setInputFiles(path);
  await expect(page.getByRole('alert')).toContainText('This file is not a Stepwork backup');
});

test.describe('backup screens, checked with axe at a phone size', () => {
  // addScriptTag inlines axe into the page, which the app's strict CSP rightly refuses.
  test.use({ bypassCSP: true });

  // One page walks the four screens: an app start for each cost time and tested nothing more.
  test('axe finds nothing on the backup screens, and every target is 44px', async ({ page }) => {
    for (const hash of [
      '#/settings/backup',
      '#/settings/import',
      '#/settings/storage',
      '#/settings/reminder',
    ]) {
      await test.step(hash, async () => {
        await page.goto(`/${hash}`);
        await expect(page.locator('main h1')).toBeVisible();
        if (hash.endsWith('storage')) await expect(page.getByText('Journal entries')).toBeVisible();
        if (hash.endsWith('backup')) {
          await page.getByLabel('Save without a passphrase (not encrypted)').check();
          await page.getByLabel('One step’s work').check();
        }
        await expectAccessible(page);
      });
    }
  });

  test('the choices for records that differ pass axe, and keep both side by side when asked', async ({
    page,
  }) => {
    await page.goto('/#/journal/new');
    await page.getByLabel('Your words').fill(NOTE);
    await expect(page.getByText('Saved on this device')).toBeVisible();
    await page.goto('/#/settings/backup');
    await page.getByLabel('Save without a passphrase (not encrypted)').check();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a backup' }).click();
    const path = await (await downloading).path();

    // The same entry, written on since the backup was saved.
    await page.goto('/#/journal');
    await page.getByRole('link', { name: NOTE }).click();
    await page.getByLabel('Your words').fill(`${NOTE}, and then slept`);
    await expect(page.getByText('Saved on this device')).toBeVisible();

    await page.goto('/#/settings/import');
    await page.getByLabel('Backup file').setInputFiles(path);
    await expect(
      page.getByRole('group', { name: '1 record is here with different words' }),
    ).toBeVisible();
    const choice = page.getByLabel(/^A journal entry, /);
    await expect(choice).toHaveValue('here');
    await expectAccessible(page);

    await choice.selectOption({ label: 'Keep both side by side' });
    await page.getByRole('button', { name: 'Bring in the backup' }).click();
    await expect(
      page.getByText('1 record from the backup was kept side by side with the one here.'),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Go to your journal' }).click();
    const entries = page.getByRole('list', { name: 'Your entries, newest first' });
    await expect(entries.getByRole('link', { name: NOTE })).toHaveCount(2);
    // The list shortens long first lines: the edited one shows as "…after, and th…".
    await expect(entries.getByRole('link', { name: `${NOTE}, and th` })).toHaveCount(1);
  });

  async function expectAccessible(page: Page) {
    const { violations } = await runAxe(page);
    expect.soft(violations).toEqual([]);
    const small = await smallTargets(
      page,
      'main button, main a, main select, main input:not([type=checkbox]):not([type=radio]), main .backup-check',
    );
    expect.soft(small).toEqual([]);
  }
});
