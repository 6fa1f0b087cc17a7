import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { checkBothSchemes } from './helpers/checks';
import { openAppOffline } from './helpers/serviceWorker';
import { setLockInSettings } from './helpers/lock';

const PASS = 'kettle on, window open';
const TITLE = 'Tuesday after group';
const NOTE = 'The shame about the car accident still wakes me at four';
/** Words of the entry that must never be on screen once it is hidden. */
const TELLTALE = ['shame', 'accident', 'Tuesday after group'];

async function writeEntry(page: Page): Promise<string> {
  await page.goto('/#/journal/new');
  await page.getByLabel('Title (optional)').fill(TITLE);
  await page.getByLabel('Your words').fill(NOTE);
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await page.waitForURL(/#\/journal\/[0-9a-f-]{36}$/);
  return new URL(page.url()).hash.replace('#/journal/', '');
}

/** Everything the page holds as text or markup, form values included. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea')].map(
      (field) => (field as HTMLInputElement).value,
    );
    return `${document.title}\n${document.documentElement.outerHTML}\n${values.join('\n')}`;
  });
}

/** Back within the app is a same-document navigation, answered by a render: two frames drawn
 * after it means the app has answered (a fixed 100 ms did not say so on a loaded machine). */
const nextFrames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );

async function expectNoEntryText(page: Page, where: string) {
  const text = await pageText(page);
  for (const word of TELLTALE) expect(text, `"${word}" ${where}`).not.toContain(word);
}

async function setLock(page: Page) {
  await setLockInSettings(page, PASS);
}

test('a set lock survives a reload: nothing of the journal shows until the right passphrase', async ({
  page,
}) => {
  const id = await writeEntry(page);
  await setLock(page);
  await page.goto(`/#/journal/${id}`);
  await expect(page.getByLabel('Your words')).toHaveValue(NOTE);

  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your journal is locked' }),
  ).toBeVisible();
  await expect(page.getByText(/Without it, your journal cannot be opened/)).toBeVisible();
  await expectNoEntryText(page, 'on the locked screen');

  await page.getByLabel('Passphrase').fill('kettle on, window shut');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'That passphrase didn’t open your journal. Take your time and try again.',
  );
  await expectNoEntryText(page, 'after a wrong passphrase');

  await page.getByLabel('Passphrase').fill(PASS);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByLabel('Your words')).toHaveValue(NOTE);
  const unlock = await page.evaluate(
    () => performance.getEntriesByName('vault-unlock')[0]?.duration ?? NaN,
  );
  test.info().annotations.push({ type: 'unlock ms', description: unlock.toFixed(0) });
  // A guard that the passphrase's key derivation stays usable, not a speed figure (npm run bench
  // times unlocking): 2 s failed once with the machine at load 15-29.
  expect(unlock).toBeLessThan(5000);
});

const ROUTES = (id: string) => [
  '/',
  '/steps',
  '/steps/4',
  '/journal',
  `/journal/${id}`,
  '/journal/new',
  '/journal/search',
  '/journal/trash',
  '/inventory',
  '/inventory/classic/resentment',
  '/inventory/letter',
  '/inventory/words',
  '/inventory/trends',
  '/amends',
  '/amends/letters',
  '/amends/myself',
  '/amends/accountability',
  '/today/checkin',
  '/today/goals',
  '/today/recovery',
  '/help',
  '/help/grounding',
  '/help/breathing',
  '/help/people',
  '/help/safety-plan',
  '/help/safety-plan/edit',
  '/settings',
  '/settings/lock',
  '/settings/backup',
  '/settings/import',
  '/settings/storage',
];

// Two halves of the routes, so two browser workers share the walk.
//
// The reload is done once, after the last route of each half, not after every route: it lands
// on the history entry two Backs behind the exit, which is the `/` entry the previous route's
// Continue left (the same entry each time), and only this tab's sessionStorage outlives it. So
// one reload, after every route of the half has been visited and left its traces, asks the same
// question as one per route did, without a cold start of the app for each of them.
//
// Every screen's code is loaded ahead, as the app does for a person (src/app/warmScreens.ts): a
// first visit to each route otherwise waited out React's 300 ms hold on a suspended screen, about
// 4 s of each half's 10 (measured alone).
test.describe(() => {
  test.use({ warmScreens: true });
  for (const half of [0, 1] as const) {
    test(`quick exit from every route leaves no entry text, and Back does not bring it back (part ${half + 1})`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const id = await writeEntry(page);
      const routes = ROUTES(id);
      const middle = Math.ceil(routes.length / 2);
      const walk = half === 0 ? routes.slice(0, middle) : routes.slice(middle);
      for (const [index, route] of walk.entries()) {
        await test.step(`quick exit from ${route}`, async () => {
          // The entry's words are on screen first, then the person moves on to the route.
          await page.goto(`/#/journal/${id}`);
          await expect(page.getByLabel('Your words')).toHaveValue(NOTE);
          await page.goto(`/#${route}`);
          await expect(page.locator('main h1').first()).toBeVisible();
          // Its code is warmed, so it is drawn before its data: the exit comes once it has it.
          await expect(page.locator('main')).not.toContainText(/Opening[^…]{0,40}…/);
          if (route === '/journal/search') {
            await page.getByRole('searchbox').fill('accident');
            await expect(page.getByRole('link', { name: new RegExp(TITLE) })).toBeVisible();
          }

          await page.getByRole('button', { name: 'Quick exit' }).click();
          await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
          await expectNoEntryText(page, `after quick exit from ${route}`);
          expect(page.url()).toMatch(/#\/$/);

          await page.goBack();
          await nextFrames(page);
          await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
          await expectNoEntryText(page, `after Back from the quick exit on ${route}`);
          await page.goBack();
          await nextFrames(page);
          await expectNoEntryText(page, `after Back twice on ${route}`);

          if (index === walk.length - 1) {
            await page.reload();
            await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
            await expectNoEntryText(page, `after a reload, the walk ending on ${route}`);
          }
          await page.getByRole('button', { name: 'Continue' }).click();
          await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
        });
      }
    });
  }
});

test('quick exit with a lock set locks the journal; Escape twice does it from the keyboard', async ({
  page,
}) => {
  const id = await writeEntry(page);
  await setLock(page);
  await page.goto(`/#/journal/${id}`);
  await page.getByLabel('Your words').press('Control+End');
  await page.getByLabel('Your words').pressSequentially(' and I am still here');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  await expectNoEntryText(page, 'after Escape twice');
  await page.goBack();
  await expectNoEntryText(page, 'after Back');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your journal is locked' }),
  ).toBeVisible();
  await page.getByLabel('Passphrase').fill(PASS);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.goto(`/#/journal/${id}`);
  // What was typed a moment before the exit was saved.
  await expect(page.getByLabel('Your words')).toHaveValue(`${NOTE} and I am still here`);
});

test('a quick exit in one tab hides every tab, saving what another tab was writing', async ({
  page,
  context,
}) => {
  const id = await writeEntry(page);
  const other = await context.newPage();
  await other.goto(`/#/journal/${id}`);
  await expect(other.getByLabel('Your words')).toHaveValue(NOTE);
  await other.getByLabel('Your words').press('Control+End');
  // No pause for the autosave: the exit from the first tab must save these words itself.
  await other.getByLabel('Your words').pressSequentially(' but less often now');

  // The person goes back to the first tab. (A click in a tab left behind another waited about
  // 2 s in Chromium before it landed.)
  await page.bringToFront();
  await page.goto('/#/steps');
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  await expect(other.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  await expectNoEntryText(other, 'in the other tab after the quick exit');
  expect(other.url()).toMatch(/#\/$/);
  await other.reload();
  await expect(other.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();

  await other.getByRole('button', { name: 'Continue' }).click();
  await other.goto(`/#/journal/${id}`);
  await expect(other.getByLabel('Your words')).toHaveValue(`${NOTE} but less often now`);
});

test('Lock now in one tab locks every tab; taking the lock off opens a tab left locked', async ({
  page,
  context,
}) => {
  const id = await writeEntry(page);
  await setLock(page);
  const other = await context.newPage();
  await other.goto(`/#/journal/${id}`);
  // A tab opened after the lock was set starts locked, as after a reload.
  await other.getByLabel('Passphrase').fill(PASS);
  await other.getByRole('button', { name: 'Unlock' }).click();
  await expect(other.getByLabel('Your words')).toHaveValue(NOTE);

  await page.bringToFront();
  await page.getByRole('button', { name: 'Lock now' }).click();
  const locked = (tab: Page) =>
    tab.getByRole('heading', { level: 1, name: 'Your journal is locked' });
  await expect(locked(page)).toBeVisible();
  await expect(locked(other)).toBeVisible();
  await expectNoEntryText(other, 'in the other tab after Lock now');

  // Unlocked in one tab only, then the lock is taken off there: the other tab opens by itself.
  await page.getByLabel('Passphrase').fill(PASS);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.goto('/#/settings/lock');
  await page.getByLabel('Passphrase to remove the lock').fill(PASS);
  await page.getByRole('button', { name: 'Remove the lock' }).click();
  await expect(page.getByText(/The lock is off/)).toBeVisible();
  await expect(other.getByLabel('Your words')).toHaveValue(NOTE);
});

test('setting a lock in one tab locks another tab that was writing, and nothing it wrote is lost', async ({
  page,
  context,
}) => {
  const id = await writeEntry(page);
  const other = await context.newPage();
  await other.goto(`/#/journal/${id}`);
  const box = other.getByLabel('Your words');
  await expect(box).toHaveValue(NOTE);
  // Words typed in the other tab and not yet saved when the lock is set there.
  await box.focus();
  await box.press('Control+End');
  await box.pressSequentially(' and the kettle sang', { delay: 5 });
  await page.bringToFront();
  await setLock(page);
  // The other tab lets go of the old key: it saves, then asks for the passphrase.
  await expect(
    other.getByRole('heading', { level: 1, name: 'Your journal is locked' }),
  ).toBeVisible();
  await expectNoEntryText(other, 'in the other tab after the lock was set');
  // (A save it finished with the old key after the switch is sealed again a few seconds later:
  // tests/unit/lock.test.ts times that directly; here the words must simply all be there.)
  await other.bringToFront();
  await other.getByLabel('Passphrase').fill(PASS);
  await other.getByRole('button', { name: 'Unlock' }).click();
  await expect(other.getByLabel('Your words')).toHaveValue(`${NOTE} and the kettle sang`);
  await page.bringToFront();
  await page.reload();
  await page.getByLabel('Passphrase').fill(PASS);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.goto(`/#/journal/${id}`);
  await expect(page.getByLabel('Your words')).toHaveValue(`${NOTE} and the kettle sang`);
});

// Offline: the worker is installed here (the config blocks it elsewhere).
test.describe(() => {
  test.use({ serviceWorkers: 'allow' });

  test('Help now, its tools and the safety plan work with the network off', async ({
    page,
    context,
    server,
  }) => {
    await openAppOffline(page, context, server);

    await page.getByRole('link', { name: 'Help now', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
    // Playwright's en-US with this machine's zone: the United States' lines come first (the
    // others sit in a closed "Lines in other countries").
    await expect(page.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');

    await page.getByRole('link', { name: /Ground yourself/ }).click();
    await expect(page.getByRole('heading', { name: 'Five things you can see' })).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { name: 'Four things you can touch' })).toBeVisible();

    await page.goto(`${server.url}#/help/breathing`);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByText('Breathe in for 4.')).toBeVisible();

    await page.goto(`${server.url}#/help/people`);
    await page.getByRole('button', { name: 'Add someone' }).click();
    await page.getByLabel('Name').fill('Dee');
    await page.getByLabel('Phone number').fill('+44 7700 900123');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('link', { name: 'Call Dee' })).toHaveAttribute(
      'href',
      'tel:+447700900123',
    );

    await page.goto(`${server.url}#/help/safety-plan/edit`);
    await page.getByLabel('Things I can do on my own').fill('Walk the dog to the canal');
    await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Things I can do on my own')).toHaveValue(
      'Walk the dog to the canal',
    );
  });
});
test.describe('accessibility of the lock and quick-exit screens', () => {
  // addScriptTag inlines axe into the page, which the app's strict CSP rightly refuses.
  test.use({ bypassCSP: true });
  // Each screen once, looked at in light then dark: a lock set (and a passphrase derived) for
  // each scheme cost seconds and tested nothing more.
  test('axe finds nothing on the unlock, neutral and lock-settings screens, light and dark', async ({
    page,
  }, testInfo) => {
    await writeEntry(page);
    await setLock(page);
    await checkBothSchemes(page, testInfo, 'lock-settings', false);

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
    await page.getByText('Need help now?').click();
    await checkBothSchemes(page, testInfo, 'unlock', false);

    await page.getByRole('button', { name: 'Quick exit' }).click();
    await expect(page.getByRole('heading', { name: 'Notes' })).toBeVisible();
    await checkBothSchemes(page, testInfo, 'neutral', false);
  });
});
