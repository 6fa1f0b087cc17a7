import { expect, type BrowserContext, type Page } from '@playwright/test';

/** Resolves once the app's service worker is active and controls this page. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Opens the app once online so its service worker takes the page, then takes the network and
 * the server away and opens it again: from here on everything comes from the phone itself. */
export async function openAppOffline(
  page: Page,
  context: BrowserContext,
  server: { stop: () => Promise<void> },
): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await server.stop();
  await page.reload();
}
