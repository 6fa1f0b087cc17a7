import { randomUUID } from 'node:crypto';
import { sep } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST, test, expect } from './fixtures';
import {
  filesHolding,
  keyWindowsThatOpen,
  readProfile,
  wrappedKeysThatOpen,
  type SealedSample,
} from './helpers/profileFiles';
import { setLockInSettings } from './helpers/lock';

// The lock's promise, tested as someone who copies the phone's browser profile would test it:
// from the files alone, not from what the app shows. Words no page of the app contains, so a
// hit can only be what was typed.
const BEFORE = 'Marmalade on the windowsill\nand the quokka at the zoo';
const AFTER = 'Hornblower over the harbour\nI told nobody about the gramophone';
const PLAN = 'When I start skipping breakfast\nand stop answering Priyanka';
const LETTER = 'Dear me,\nthe tangerine coat still fits';
const WORDS = ['Marmalade', 'quokka', 'Hornblower', 'gramophone', 'Priyanka', 'tangerine'];
// Names that would say what a record is to someone reading the files: the documents' ids and
// prefixes (src/db/sealedShapes.ts) and an amends item's statuses (src/db/types.ts).
const HINTS = [
  'safety-plan',
  'recovery-days',
  'custom-feelings',
  'emotion-trends',
  'self-amends',
  'accountability',
  'letter-to-myself',
  'self-care',
  'self-care-log',
  'set-aside',
  'planning',
  'listed',
  'made',
];
const PASS = 'kettle on, window open';
const NEXT = 'seven blue herons at dusk';

interface Stored {
  form: string;
  kdf: { salt: Buffer; iterations: number } | null;
  entries: SealedSample[];
}

/** The key row and the sealed entries as IndexedDB holds them now (what a copy would hold). */
async function stored(page: Page): Promise<Stored> {
  const raw = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('stepwork');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = (store: string, key?: string) =>
      new Promise<unknown>((resolve, reject) => {
        const objects = db.transaction(store).objectStore(store);
        const request = key === undefined ? objects.getAll() : objects.get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const b64 = (bytes: ArrayBuffer | Uint8Array) =>
      btoa(String.fromCharCode(...new Uint8Array(bytes as ArrayBuffer)));
    // Only the `data` row: a Blob read from IndexedDB would keep the key's file on disk.
    const key = (await read('keys', 'data')) as
      { form: string; kdf?: { salt: Uint8Array; iterations: number } } | undefined;
    const entries = (await read('entries')) as {
      id: string;
      sealed: { iv: Uint8Array; data: ArrayBuffer };
    }[];
    db.close();
    return {
      form: key?.form ?? '',
      kdf: key?.kdf ? { salt: b64(key.kdf.salt), iterations: key.kdf.iterations } : null,
      entries: entries.map((e) => ({ id: e.id, iv: b64(e.sealed.iv), data: b64(e.sealed.data) })),
    };
  });
  return {
    form: raw.form,
    kdf: raw.kdf
      ? { salt: Buffer.from(raw.kdf.salt, 'base64'), iterations: raw.kdf.iterations }
      : null,
    entries: raw.entries.map((e) => ({
      table: 'entries',
      id: e.id,
      iv: Buffer.from(e.iv, 'base64'),
      data: Buffer.from(e.data, 'base64'),
    })),
  };
}

async function writeEntry(page: Page, words: string) {
  await page.goto('#/journal/new');
  await page.getByLabel('Your words').fill(words);
  await expect(page.getByText('Saved on this device', { exact: false }).first()).toBeVisible();
}

async function unlock(page: Page, passphrase: string) {
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('link', { name: 'Help now' })).toBeVisible();
}

const inIndexedDb = (files: Awaited<ReturnType<typeof readProfile>>) =>
  files.filter(({ path }) => path.includes(`${sep}IndexedDB${sep}`));

test('a copy of a locked profile shows no word and opens nothing, before or after a passphrase change', async ({
  phoneProfile,
  server,
}) => {
  test.setTimeout(240_000);
  // The app's own code (cached by the browser) must not hold the words, or a hit would mean nothing.
  const app = await readProfile(DIST);
  for (const word of WORDS) expect(filesHolding(app, word), `"${word}" in the app`).toEqual([]);

  // 1. No lock yet. The key sits beside the data, and a copy of the files does open the
  // journal: the README says so, and it proves the key search below finds a key when one is
  // there. The files are read while the browser runs (the key's Blob file and the LevelDB log
  // are written as each transaction commits), so the lock is then set in the same launch, as a
  // person who sets it on the first day would: a launch and a close of their own cost seconds
  // and asked nothing more.
  let phone = await phoneProfile.launch();
  let page = await phone.newPage();
  await page.goto(server.url);
  await writeEntry(page, BEFORE);
  const unlocked = await stored(page);
  expect(unlocked.form).toBe('plain');
  let files = await readProfile(phoneProfile.dir);
  expect(keyWindowsThatOpen(inIndexedDb(files), unlocked.entries)).not.toEqual([]);

  // 2. Set a lock, write in multi-line fields, Lock now, close the browser.
  await setLockInSettings(page, PASS, server.url);
  await writeEntry(page, AFTER);
  await page.goto('#/help/safety-plan/edit');
  await page.getByLabel('My warning signs').fill(PLAN);
  await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();
  await page.goto(`#/inventory/letter/${randomUUID()}`);
  await page.getByLabel('Your letter').fill(LETTER);
  await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();
  await page.goto('#/amends/new');
  await page.getByLabel('Their name, or how you think of them').fill('Jordan');
  await page.getByLabel('Set aside for safety').check();
  await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();
  await page.goto('#/amends/myself');
  await page.getByLabel('What you will do for yourself').fill('A nap on Sundays');
  await page.getByRole('button', { name: 'Add this commitment' }).click();
  await page.getByRole('button', { name: 'Check in on “A nap on Sundays”' }).click();
  await expect(page.getByText('A nap on Sundays').first()).toBeVisible();
  const locked = await stored(page);
  expect(locked.form).toBe('passphrase');
  await page.goto('#/settings/lock');
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your journal is locked' }),
  ).toBeVisible();
  await phone.close();

  files = await readProfile(phoneProfile.dir);
  for (const word of WORDS) expect(filesHolding(files, word), `"${word}" in the files`).toEqual([]);
  // Nor does the journal's database say which record is the safety plan, a letter to myself,
  // a commitment of care, or an amends set aside for safety.
  for (const hint of HINTS) {
    expect(filesHolding(inIndexedDb(files), hint), `"${hint}" in IndexedDB`).toEqual([]);
  }
  const everyEntry = [...unlocked.entries, ...locked.entries];
  expect(everyEntry.length).toBeGreaterThanOrEqual(3);
  expect(keyWindowsThatOpen(inIndexedDb(files), everyEntry), 'a key in the files').toEqual([]);
  // The wrapped key is there, and the passphrase opens it: the search for wrapped keys works.
  expect(wrappedKeysThatOpen(inIndexedDb(files), PASS, locked.kdf!)).not.toEqual([]);

  // 3. Change the passphrase, then open the journal with the new one from the disk alone: a
  // reload leaves the page nothing but what the browser stored. (This was a fourth launch of
  // the browser; the scan after the close below still proves the new wrapped key is in the
  // files and the old passphrase, with the old salt a copy may still hold, opens nothing left.)
  phone = await phoneProfile.launch();
  page = await phone.newPage();
  await page.goto(`${server.url}#/settings/lock`);
  await unlock(page, PASS);
  await page.getByLabel('Current passphrase').fill(PASS);
  await page.getByLabel('New passphrase').fill(NEXT);
  await page.getByLabel('Type the new one again').fill(NEXT);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Your passphrase is changed.', { exact: false })).toBeVisible();
  const changed = await stored(page);

  await page.goto(`${server.url}#/journal`);
  await page.reload();
  await unlock(page, NEXT);
  await expect(page.getByText('Hornblower over the harbour')).toBeVisible();
  await expect(page.getByText('Marmalade on the windowsill')).toBeVisible();
  await page.goto('#/help/safety-plan/edit');
  await expect(page.getByLabel('My warning signs')).toHaveValue(PLAN);
  await page.goto('#/amends');
  await expect(page.getByText('Set aside for safety').first()).toBeVisible();
  await phone.close();

  files = await readProfile(phoneProfile.dir);
  for (const word of WORDS) expect(filesHolding(files, word), `"${word}" in the files`).toEqual([]);
  for (const hint of HINTS) {
    expect(filesHolding(inIndexedDb(files), hint), `"${hint}" in IndexedDB`).toEqual([]);
  }
  expect(wrappedKeysThatOpen(inIndexedDb(files), PASS, locked.kdf!), 'the old passphrase').toEqual(
    [],
  );
  expect(wrappedKeysThatOpen(inIndexedDb(files), NEXT, changed.kdf!)).not.toEqual([]);
  expect(
    keyWindowsThatOpen(inIndexedDb(files), [...everyEntry, ...changed.entries]),
    'a key in the files',
  ).toEqual([]);
});
