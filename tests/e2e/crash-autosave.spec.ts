import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { waitForServiceWorkerControl } from './helpers/serviceWorker';

const NOTE = 'Slept badly but went for a walk at dawn';

test('a note typed a second before the tab dies is there after reopening offline', async ({
  launchPhone,
  server,
}) => {
  const phone = await launchPhone();
  const page = await phone.newPage();
  await page.goto(`${server.url}#/journal/new`);
  await waitForServiceWorkerControl(page);
  // The phone goes offline before the crash: once the renderer (and the service worker that
  // shares its process) is gone, Playwright cannot apply offline emulation to the new worker.
  await phone.setOffline(true);

  await page.getByLabel('Your words').pressSequentially(NOTE);
  await page.waitForTimeout(1000);

  // Page.crash never answers (the renderer is gone), so wait for the crash, not the command.
  const cdp = await phone.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  // The person closes the dead tab and opens Stepwork again.
  await page.close();

  await server.stop();
  const reopened = await phone.newPage();
  await reopened.goto(`${server.url}#/journal`);
  const entries = reopened.getByRole('list', { name: 'Your entries, newest first' });
  await expect(entries.getByRole('link', { name: NOTE })).toBeVisible();

  await entries.getByRole('link', { name: NOTE }).click();
  await expect(reopened.getByLabel('Your words')).toHaveValue(NOTE);
});

const STEADY = 'Steady words typed without a single pause until the very moment the tab dies';

// No service worker or profile on disk here: the save under test is the page's own, and a
// context's IndexedDB outlives a crashed tab (the next test relies on the same).
test('steady typing with no pause is saved at least once a second before the tab dies', async ({
  page,
  context,
}) => {
  await page.goto('/#/journal/new');

  // 50 ms between keys never leaves the half-second pause a debounce waits for.
  await page.getByLabel('Your words').pressSequentially(STEADY, { delay: 50 });
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto('/#/journal');
  const entries = reopened.getByRole('list', { name: 'Your entries, newest first' });
  await entries.getByRole('link', { name: /^Steady words/ }).click();
  const kept = await reopened.getByLabel('Your words').inputValue();
  expect(STEADY.startsWith(kept)).toBe(true);
  // About 4 s of typing; at most the last second or so (20 keys) may be lost.
  expect(kept.length).toBeGreaterThanOrEqual(STEADY.length - 25);
});

const BURST = 'Typed in one burst';
const MORE = ', then more a moment before the tab dies';

/** Kills the page's renderer as a crash or the phone's memory manager would, then opens anew. */
async function killAndReopen(page: Page): Promise<Page> {
  const context = page.context();
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  const url = page.url();
  await page.close();
  const reopened = await context.newPage();
  await reopened.goto(url);
  return reopened;
}

test('a brand-new entry typed in one burst, and words added a moment before the tab dies, are all kept', async ({
  page,
}) => {
  await page.goto('/#/journal/new');
  await page.getByLabel('Your words').pressSequentially(BURST, { delay: 0 });
  // A quarter of a second, then the tab is gone: no pagehide, no time to save on the way out.
  await page.waitForTimeout(250);
  let tab = await killAndReopen(page);
  await tab.goto(tab.url().replace(/#.*$/, '#/journal'));
  const entries = tab.getByRole('list', { name: 'Your entries, newest first' });
  await entries.getByRole('link', { name: BURST }).click();
  const box = tab.getByLabel('Your words');
  await expect(box).toHaveValue(BURST);

  await box.focus();
  await box.press('Control+End');
  await box.pressSequentially(MORE, { delay: 10 });
  await tab.waitForTimeout(250);
  tab = await killAndReopen(tab);
  await expect(tab.getByLabel('Your words')).toHaveValue(BURST + MORE);
});
