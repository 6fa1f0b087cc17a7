import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { checkBothSchemes } from './helpers/checks';
import { dumpIndexedDb } from './helpers/indexedDbDump';

// Words no other part of the app would ever hold, so finding one means the letter survived.
const LETTER_WORDS = ['Quillonbright', 'heliotropic', 'zephyrine', 'marmalade-kite'];

async function noSendingControls(page: Page) {
  const sending = /\b(send|share|e-?mail)/i;
  await expect(page.getByRole('button', { name: sending })).toHaveCount(0);
  await expect(page.getByRole('link', { name: sending })).toHaveCount(0);
}

/** Writes and finishes a letter through the screens; returns the letter's id. */
async function writeLetter(page: Page): Promise<string> {
  await page.goto('/#/amends/letters');
  await page.getByRole('link', { name: 'Write an unsent letter' }).click();
  await page.getByRole('radio', { name: /^To someone I harmed/ }).check();
  await page.getByLabel('Their name').fill(LETTER_WORDS[0]!);
  await page
    .getByLabel('What happened')
    .fill(`The ${LETTER_WORDS[1]} summer, the ${LETTER_WORDS[2]} road`);
  await page.getByLabel('What I am sorry for').fill(`The ${LETTER_WORDS[3]} I broke`);
  await expect(page.getByText(/Saved on this device · 10 words/)).toBeVisible();
  await noSendingControls(page);
  await page.getByRole('button', { name: 'Finish this letter' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: `To ${LETTER_WORDS[0]}` }),
  ).toBeVisible();
  return new URL(page.url()).hash.split('/').pop()!;
}

/** Whether any store holds these bytes anywhere in a binary value (a sealed letter's ciphertext). */
function storesHoldBytes(page: Page, hex: string): Promise<string[]> {
  return page.evaluate(async (needle) => {
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const toHex = (bytes: Uint8Array) =>
      Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    const binaries = (value: unknown): string[] => {
      if (value instanceof ArrayBuffer) return [toHex(new Uint8Array(value))];
      if (ArrayBuffer.isView(value)) {
        return [toHex(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))];
      }
      if (value && typeof value === 'object') return Object.values(value).flatMap(binaries);
      return [];
    };
    const found: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name));
      for (const store of Array.from(db.objectStoreNames)) {
        const values = await request(db.transaction(store, 'readonly').objectStore(store).getAll());
        if (binaries(values).some((hexText) => hexText.includes(needle))) found.push(store);
      }
      db.close();
    }
    return found;
  }, hex);
}

test('a letter written, sealed, printed on request and released leaves no words behind', async ({
  page,
}) => {
  // Count print calls: the print dialog may open only on the person's own tap.
  await page.addInitScript(() => {
    const counter = window as unknown as { printCalls: number };
    counter.printCalls = 0;
    window.print = () => {
      counter.printCalls += 1;
    };
  });
  // A journal entry, so search has something to find and a miss means something.
  await page.goto('/#/journal/new');
  await page.getByLabel('Your words').fill('A steady morning walk by the canal');
  await expect(page.getByText(/Saved on this device/)).toBeVisible();

  const id = await writeLetter(page);
  await noSendingControls(page);
  await page.getByRole('button', { name: 'Seal this letter' }).click();
  await expect(page.getByText(/^Sealed on .* It is read-only/)).toBeVisible();
  await noSendingControls(page);

  await page.getByRole('link', { name: 'Open a print view' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Print view' })).toBeVisible();
  await expect(page.getByText(`The ${LETTER_WORDS[3]} I broke`)).toBeVisible();
  await noSendingControls(page);
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(
    0,
  );
  // On paper, only the letter: the app's bars and the print view's own controls are hidden.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.locator('.bottomnav')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this letter' })).toBeHidden();
  await expect(page.getByText(`The ${LETTER_WORDS[3]} I broke`)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Print this letter' }).click();
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(
    1,
  );

  // The sealed words as they sit on disk, to look for them again after release.
  const cipher = await page.evaluate(async (letterId) => {
    const open = indexedDB.open('stepwork');
    const db = await new Promise<IDBDatabase>(
      (resolve) => (open.onsuccess = () => resolve(open.result)),
    );
    const get = db.transaction('letters').objectStore('letters').get(letterId);
    const row = await new Promise<{ sealed: { data: ArrayBuffer } }>(
      (resolve) => (get.onsuccess = () => resolve(get.result)),
    );
    db.close();
    return Array.from(new Uint8Array(row.sealed.data).slice(0, 24), (byte) =>
      byte.toString(16).padStart(2, '0'),
    ).join('');
  }, id);
  expect(await storesHoldBytes(page, cipher)).toEqual(['letters']);

  await page.getByRole('link', { name: 'Back to the letter' }).click();
  await page.getByRole('link', { name: 'Release this letter' }).click();
  await noSendingControls(page);
  await page.getByRole('button', { name: 'I have taken a breath' }).click();
  await expect(
    page.getByText(
      'Releasing deletes this letter’s words from this device for good. This cannot be undone.',
    ),
  ).toBeVisible();
  await noSendingControls(page);
  await page.getByRole('button', { name: 'Release this letter for good' }).click();
  await expect(page.getByText(/^Released\. All that remains is a note/)).toBeVisible();

  const dump = await dumpIndexedDb(page);
  expect(dump.map((store) => store.store)).toContain('letters');
  for (const store of dump) {
    for (const word of LETTER_WORDS)
      expect(store.text, `${word} in ${store.store}`).not.toContain(word);
  }
  expect(await storesHoldBytes(page, cipher)).toEqual([]);
  const letters = dump.find((store) => store.store === 'letters');
  expect(letters?.count).toBe(1);
  expect(letters?.text).not.toContain('sealed');

  // After a reload, the list shows only the date, and search finds none of the words.
  await page.goto('/#/amends/letters');
  await expect(page.getByRole('list', { name: 'Your letters' })).toHaveText(/A letter released on/);
  await expect(page.getByText(LETTER_WORDS[0]!)).toHaveCount(0);
  await page.goto('/#/journal/search');
  const search = page.getByLabel('Search your journal');
  await search.fill('canal');
  await expect(page.getByRole('list', { name: 'Search results' })).toContainText('canal');
  for (const word of LETTER_WORDS) {
    await search.fill(word);
    await expect(
      page.getByText('No entries found with those words.', { exact: false }),
    ).toBeVisible();
  }
});

/** Opens a finished letter: written through the screens the first time, by its address after. */
type FinishedLetter = () => Promise<void>;
type Prepare = (page: Page, finishedLetter: FinishedLetter) => Promise<void>;

async function itemWithName(page: Page) {
  await page.goto('/#/amends/new');
  await page.getByLabel('Their name, or how you think of them').fill('Jordan');
  await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();
}

const SCREENS: { name: string; ready: string | RegExp; prepare: Prepare; letter?: true }[] = [
  { name: 'hub', ready: 'Amends', prepare: (page) => page.goto('/#/amends').then(() => {}) },
  {
    name: 'item',
    ready: 'On your amends list',
    prepare: async (page) => {
      await itemWithName(page);
      await page.getByRole('radio', { name: 'Becoming willing' }).check();
    },
  },
  {
    name: 'harm-check',
    ready: 'Is it safe to reach out?',
    prepare: async (page) => {
      await itemWithName(page);
      await page.getByRole('link', { name: 'Check whether reaching out is safe' }).click();
      await page
        .getByRole('group', { name: /put you at risk/ })
        .getByRole('radio', { name: 'Yes' })
        .check();
      await expect(page.getByText(/^A suggestion:/)).toBeVisible();
    },
  },
  {
    name: 'letters',
    ready: 'Unsent letters',
    prepare: (page) => page.goto('/#/amends/letters').then(() => {}),
  },
  {
    name: 'letter-draft',
    ready: 'An unsent letter',
    letter: true,
    prepare: async (page) => {
      await page.goto('/#/amends/letters/new');
      await page.getByRole('radio', { name: /^To someone I harmed/ }).check();
      await page.getByLabel('What happened').fill('Something true');
    },
  },
  {
    name: 'letter-harmed-me',
    ready: 'An unsent letter',
    letter: true,
    prepare: async (page) => {
      await page.goto('/#/amends/letters/new');
      await page.getByRole('radio', { name: /^To someone who harmed me/ }).check();
      await expect(page.getByText(/What they did was not your fault/)).toBeVisible();
      await page.getByLabel('What I take back').fill('My voice');
    },
  },
  // One finished letter for the next three, sealed only by the last: the print view and the
  // release see it as they saw a letter written for each (which cost seconds and no more).
  {
    name: 'print',
    ready: 'Print view',
    letter: true,
    prepare: async (page, finishedLetter) => {
      await finishedLetter();
      await page.getByRole('link', { name: 'Open a print view' }).click();
    },
  },
  {
    name: 'release',
    ready: 'Releasing a letter',
    letter: true,
    prepare: async (page, finishedLetter) => {
      await finishedLetter();
      await page.getByRole('link', { name: 'Release this letter' }).click();
      await page.getByRole('button', { name: 'I have taken a breath' }).click();
    },
  },
  {
    name: 'letter-sealed',
    ready: 'An unsent letter',
    letter: true,
    prepare: async (page, finishedLetter) => {
      await finishedLetter();
      await page.getByRole('button', { name: 'Seal this letter' }).click();
      await page.getByRole('button', { name: 'Unseal this letter' }).click();
      await expect(page.getByRole('button', { name: 'Yes, unseal it' })).toBeVisible();
    },
  },
  {
    name: 'myself',
    ready: 'Amends to yourself',
    prepare: async (page) => {
      await page.goto('/#/amends/myself');
      await page.getByLabel('What you will do for yourself').fill('A nap on Sundays');
      await page.getByRole('button', { name: 'Add this commitment' }).click();
      await page.getByRole('button', { name: 'Check in on “A nap on Sundays”' }).click();
    },
  },
  {
    name: 'accountability',
    ready: 'Accountability in relationships',
    prepare: (page) => page.goto('/#/amends/accountability').then(() => {}),
  },
];

// One page goes through every screen, as a person would, and looks at each in both colour schemes.
test.describe('axe on each amends screen', () => {
  test.use({ bypassCSP: true });
  test('every amends screen, light and dark', async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    let letterAddress = '';
    const finishedLetter = async () => {
      if (letterAddress) {
        await page.goto(letterAddress);
        await expect(page.getByRole('button', { name: 'Seal this letter' })).toBeVisible();
      } else {
        await writeLetter(page);
        letterAddress = page.url();
      }
    };
    await page.goto('/');
    for (const screen of SCREENS) {
      await test.step(screen.name, async () => {
        // Back to Today by its hash: the app stays up, as it does for a person tapping through.
        await page.goto('/#/');
        await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
        await screen.prepare(page, finishedLetter);
        await expect(page.getByRole('heading', { level: 1, name: screen.ready })).toBeVisible();
        if (screen.letter) await noSendingControls(page);
        await checkBothSchemes(
          page,
          testInfo,
          `amends-${screen.name}`,
          'main a, main button, main select, main input:not([type="radio"]), main .choice',
        );
      });
    }
  });
});
