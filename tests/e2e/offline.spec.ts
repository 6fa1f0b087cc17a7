import { test, expect } from './fixtures';
import { openAppOffline } from './helpers/serviceWorker';

// The worker is what this file is about (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('the service worker controls the first visit and the app opens offline', async ({
  page,
  context,
  server,
}) => {
  await openAppOffline(page, context, server);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Today' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Lazy screens come from the precache too, not only the first one.
  await nav.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await page.getByRole('link', { name: 'Help now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
});
