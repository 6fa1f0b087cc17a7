import { expect, type Page } from '@playwright/test';

/**
 * Sets a passphrase lock through Settings, as a person does, and waits until it is set. `app` is
 * the app's address for a browser with no base URL (a profile on disk).
 */
export async function setLockInSettings(page: Page, passphrase: string, app = '/'): Promise<void> {
  await page.goto(`${app}#/settings/lock`);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type it again').fill(passphrase);
  await page.getByRole('checkbox', { name: /cannot be opened/ }).check();
  await page.getByRole('button', { name: 'Set the lock' }).click();
  await expect(page.getByText('Your journal is locked with a passphrase.')).toBeVisible();
}
