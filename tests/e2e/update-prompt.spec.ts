import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, DIST } from './fixtures';
import { waitForServiceWorkerControl } from './helpers/serviceWorker';

// The worker is what this file is about (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const DRAFT = 'Halfway through a sentence about forgiving myself';

// Each test gets its own copy of the build, so it can publish a "new version" without touching
// dist/ or the other tests.
const siteTest = test.extend<{ site: { dir: string; url: string } }>({
  site: async ({ serve }, provide) => {
    const dir = await mkdtemp(join(tmpdir(), 'stepwork-site-'));
    await cp(DIST, dir, { recursive: true });
    const server = await serve(dir);
    await provide({ dir, url: server.url });
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  },
});

async function publishNewVersion(page: Page, siteDir: string) {
  await appendFile(join(siteDir, 'sw.js'), `\n// a new release, ${Date.now()}\n`);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

async function acceptUpdateWithDraft(page: Page, appUrl: string) {
  await expect(page.getByText('A new version is ready')).toBeVisible();
  // Accept inside the autosave delay, as a person in a hurry would.
  await page.getByLabel('Your words').fill(DRAFT);
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Update now' }).click();
  await reloaded;

  await expect(page.getByText('A new version is ready')).toBeHidden();
  const waiting = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.waiting ?? null;
  });
  expect(waiting, 'a worker still waiting after the update').toBeNull();

  await page.goto(`${appUrl}#/journal`);
  const entries = page.getByRole('list', { name: 'Your entries, newest first' });
  await entries.getByRole('link', { name: DRAFT }).click();
  await expect(page.getByLabel('Your words')).toHaveValue(DRAFT);
}

siteTest(
  'a new version is offered on a later visit, and accepting it keeps the open draft',
  async ({ page, site }) => {
    await page.goto(`${site.url}#/journal/new`);
    await waitForServiceWorkerControl(page);
    // Open the installed app again, now under its service worker from the start.
    await page.reload();
    await waitForServiceWorkerControl(page);
    await expect(page.getByLabel('Your words')).toBeVisible();
    await expect(page.getByText('A new version is ready')).toBeHidden();

    await publishNewVersion(page, site.dir);
    await acceptUpdateWithDraft(page, site.url);
  },
);

// On the visit that installed the worker, workbox-window reports the new worker's takeover with
// isUpdate false and vite-plugin-pwa does not reload; the prompt listens for the takeover itself.
siteTest(
  'a new version arriving during the very first visit can be accepted',
  async ({ page, site }) => {
    await page.goto(`${site.url}#/journal/new`);
    await waitForServiceWorkerControl(page);
    await publishNewVersion(page, site.dir);
    await acceptUpdateWithDraft(page, site.url);
  },
);
