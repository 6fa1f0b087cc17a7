import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, test, expect } from './fixtures';
import { waitForServiceWorkerControl } from './helpers/serviceWorker';
import { setLockInSettings } from './helpers/lock';

// The lock's code is not on the first screen (src/features/vault/unlockScreenSoon.ts,
// lockSessionSoon.ts): these check that a journal with no lock never fetches it to draw, and that
// a locked journal still shows its unlock screen, and opens, with no network at all.

const PASS = 'a lamp in the hallway';
const NOTE = 'Called my sponsor before the meeting and told the truth';
/** Words only the unlock screen's code holds, and a name only the lock's code uses. */
const LOCK_CODE = ['If you have forgotten your passphrase', 'unlockAttempts'];

test('with no lock, the first screen is drawn without fetching any of the lock’s code', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) scripts.push(path);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  // What the page had asked for when Today was drawn, read as the server sent it.
  const beforeFirstScreen = scripts
    .slice()
    .map((path) => readFileSync(join(DIST, path.replace(/^\//, '')), 'utf8'));
  expect(beforeFirstScreen.length).toBeGreaterThan(0);
  for (const words of LOCK_CODE) {
    expect(beforeFirstScreen.filter((code) => code.includes(words))).toEqual([]);
  }
});

test('when the unlock screen’s code cannot be fetched, the locked screen says so and still offers help', async ({
  page,
}) => {
  await setLockInSettings(page, PASS);
  await page.route(/UnlockScreen-[\w-]+\.js$/, (route) => route.abort());
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your journal is locked' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('The lock screen could not load just now.');
  await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  await page.getByText('Need help now?').click();
  await expect(page.getByRole('link', { name: /^Call / }).first()).toBeVisible();
  await expect(page.getByLabel('Passphrase')).toHaveCount(0);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a locked journal shows its unlock screen offline and opens with the passphrase', async ({
    page,
    context,
    server,
  }) => {
    await page.goto('/#/journal/new');
    await page.getByLabel('Your words').fill(NOTE);
    await expect(page.getByText('Saved on this device')).toBeVisible();
    await page.waitForURL(/#\/journal\/[0-9a-f-]{36}$/);
    const entry = new URL(page.url()).hash;

    await setLockInSettings(page, PASS);
    await waitForServiceWorkerControl(page);

    await context.setOffline(true);
    await server.stop();
    await page.goto(`/${entry}`);
    await page.reload();

    await expect(
      page.getByRole('heading', { level: 1, name: 'Your journal is locked' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
    expect(await page.content()).not.toContain('sponsor');
    await page.getByLabel('Passphrase').fill(PASS);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByLabel('Your words')).toHaveValue(NOTE);
  });
});
