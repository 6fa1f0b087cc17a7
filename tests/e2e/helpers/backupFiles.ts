import { expect, type Page } from '@playwright/test';

/** Saves the journal as a backup without a passphrase, through Settings, to `path`. This is how
 * the backups under tests/fixtures/ are made: by the app, never by hand. */
export async function saveBackupTo(page: Page, path: string): Promise<void> {
  await page.goto('/#/settings/backup');
  await page.getByLabel('Save without a passphrase (not encrypted)').check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup' }).click();
  await (await downloading).saveAs(path);
}

/** Brings a backup without a passphrase in through Settings → Bring in a backup, as a person
 * moving to a new phone would, and waits until the app says what it added. */
export async function bringInBackup(page: Page, path: string): Promise<void> {
  await page.goto('/#/settings/import');
  await page.getByLabel('Backup file').setInputFiles(path);
  await expect(page.getByRole('heading', { name: 'What is in this backup' })).toBeVisible();
  await page.getByRole('button', { name: 'Bring in the backup' }).click();
  await expect(page.getByText(/^\d+ records were added to your journal\.$/)).toBeVisible();
}
