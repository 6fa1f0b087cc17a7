import { test, expect } from './fixtures';

// No service worker: what is checked here is the app's own warming of every screen's code
// (src/app/warmScreens.ts), which the very first visit has before any worker is installed.
test.use({ serviceWorkers: 'block', warmScreens: true });

const SCREENS = [
  '#/help',
  '#/help/grounding',
  '#/help/breathing',
  '#/help/people',
  '#/help/safety-plan',
  '#/help/safety-plan/edit',
  '#/journal',
  '#/journal/search',
  '#/steps',
  '#/steps/4',
  '#/inventory',
  '#/inventory/trends/year',
  '#/amends',
  '#/today/checkin',
  '#/settings',
  '#/settings/backup',
];

test('once the first screen is up, every screen opens with the network gone', async ({
  page,
  context,
  server,
}) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('screens-warm').length > 0, null, {
    timeout: 20_000,
  });
  await context.setOffline(true);
  await server.stop();

  for (const hash of SCREENS) {
    await page.evaluate((to) => (location.hash = to), hash);
    const heading = page.locator('main h1').first();
    await expect(heading, `${hash} opens`).toBeVisible();
    await expect(heading, `${hash} opens`).not.toHaveText('This screen ran into a problem');
  }
});
