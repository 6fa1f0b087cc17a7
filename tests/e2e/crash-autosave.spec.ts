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
