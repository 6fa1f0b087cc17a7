import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-flags.mjs';
import { DISABLE_FEATURES } from './helpers/chromiumFeatures';
import { test, expect } from './fixtures';
import { PHONE } from './helpers/phone';

// Made-up words, so a hit can only come from what was typed here. Each field gets its own, so a
// failure says which field leaked.
const ENTRY = 'Zorvintal morning at the quarry\nthe brambleton feeling came back';
const PLAN = 'When the skivvelworth thoughts start\nI ring Ondrabeck first';
const REVIEW = 'Quillamore went well today\nthe plinketmoor walk helped';
const WORDS = {
  'journal entry': ['Zorvintal', 'brambleton'],
  'safety plan': ['skivvelworth', 'Ondrabeck'],
  'check-in review': ['Quillamore', 'plinketmoor'],
};

// The sealed records live here; sealed-at-rest.spec.ts checks them. Everything else in the
// profile is Chromium's own files, which the seal cannot reach.
const INDEXED_DB = join('Default', 'IndexedDB');

async function everyFile(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(root, path).startsWith(INDEXED_DB + sep));
}

/** Which files hold `text`, as Chromium may write it: UTF-8, or UTF-16LE as in its pickles. */
function filesHolding(files: Map<string, Buffer>, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return [...files]
    .filter(([, bytes]) => needles.some((needle) => bytes.includes(needle)))
    .map(([path]) => path);
}

/** Types as a person does, waits for the save, then leaves the page for another document and
 * comes back: Chromium keeps a page's form state when its document is left, for back/forward,
 * and session restore writes those history entries out. */
async function writeLeaveAndReturn(page: Page, url: string, label: string, words: string) {
  await page.goto(url);
  const box = page.getByLabel(label);
  await box.pressSequentially(words);
  await expect(box).toHaveValue(words);
  // "Saved" once the page holds every key: on a loaded machine an earlier save's line could
  // otherwise be read while the last keys are still on their way (one CI run left leaving
  // with the last word unsaved, which no later run showed).
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await expect(page.getByText('Saving…')).toHaveCount(0);
  await page.goto('about:blank');
  await page.goBack();
  await expect(page.getByLabel(label)).toHaveValue(words);
}

test('words typed into the journal, the safety plan and a check-in stay out of the browser’s own files', async ({
  playwright,
  netlog,
  server,
}) => {
  test.setTimeout(90_000);
  const dir = await mkdtemp(join(tmpdir(), 'stepwork-session-'));
  try {
    const phone = await playwright.chromium.launchPersistentContext(dir, {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS, DISABLE_FEATURES],
      ...PHONE,
      serviceWorkers: 'allow',
    });
    netlog.watch(phone);
    const page = await phone.newPage();

    await writeLeaveAndReturn(page, `${server.url}#/journal/new`, 'Your words', ENTRY);
    await writeLeaveAndReturn(
      page,
      `${server.url}#/help/safety-plan/edit`,
      'My warning signs',
      PLAN,
    );
    await writeLeaveAndReturn(
      page,
      `${server.url}#/today/checkin`,
      'What went well today?',
      REVIEW,
    );
    // Chromium saves its session on a short timer; give it time, then close as a person would.
    await page.waitForTimeout(3000);
    await phone.close();

    const paths = await everyFile(dir);
    const files = new Map(
      await Promise.all(paths.map(async (path) => [path, await readFile(path)] as const)),
    );
    // The search is only worth something if the session files were written and readable: the
    // app's own address is in them.
    const sessionFiles = paths.filter((path) => relative(dir, path).includes('Sessions'));
    expect(sessionFiles, 'session files written by Chromium').not.toEqual([]);
    expect(filesHolding(files, `${server.url}#/today/checkin`)).not.toEqual([]);

    // Every hit at once, so a failure names every field that leaked and where.
    const leaks: Record<string, string[]> = {};
    for (const [field, words] of Object.entries(WORDS)) {
      for (const word of words) {
        const found = filesHolding(files, word).map((path) => relative(dir, path));
        if (found.length > 0) leaks[`${word} (${field})`] = found;
      }
    }
    expect(leaks, 'typed words readable outside IndexedDB').toEqual({});
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
