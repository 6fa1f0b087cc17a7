import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, DIST } from './fixtures';
import { waitForServiceWorkerControl } from './helpers/serviceWorker';

// The worker is what this file is about (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const FIRST_DRAFT = 'Halfway through a note about the very first morning';
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

async function acceptUpdateWithDraft(page: Page, appUrl: string, draft: string) {
  await expect(page.getByText('A new version is ready')).toBeVisible();
  // Accept inside the autosave delay, as a person in a hurry would.
  await page.getByLabel('Your words').fill(draft);
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
  await entries.getByRole('link', { name: draft }).click();
  await expect(page.getByLabel('Your words')).toHaveValue(draft);
}

// One installed worker serves both visits: installing it precaches the whole build (seconds of
// CPU), and a test for each visit installed it twice to ask the same of it.
siteTest(
  'a new version can be accepted during the very first visit, and one offered on a later visit too, each keeping the open draft',
  async ({ page, site }) => {
    // On the visit that installed the worker, workbox-window reports the new worker's takeover
    // with isUpdate false and vite-plugin-pwa does not reload; the prompt listens for the
    // takeover itself.
    await page.goto(`${site.url}#/journal/new`);
    await waitForServiceWorkerControl(page);
    await publishNewVersion(page, site.dir);
    await acceptUpdateWithDraft(page, site.url, FIRST_DRAFT);

    // Open the installed app again, now under its service worker from the start.
    await page.goto(`${site.url}#/journal/new`);
    await page.reload();
    await waitForServiceWorkerControl(page);
    await expect(page.getByLabel('Your words')).toBeVisible();
    await expect(page.getByText('A new version is ready')).toBeHidden();

    await publishNewVersion(page, site.dir);
    await acceptUpdateWithDraft(page, site.url, DRAFT);
  },
);
