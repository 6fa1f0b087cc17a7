import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectAxeCleanInScheme, expectTouchTargets } from './helpers/checks';
import { openAppOffline } from './helpers/serviceWorker';
import { picture } from './helpers/picture';
import { setLockInSettings } from './helpers/lock';

// The offline check-ins need the worker (the config blocks it elsewhere).
test.use({ bypassCSP: true, serviceWorkers: 'allow' });

const CARD = 'A few things for a hard moment';

/**
 * What each screen must pass in both colour schemes, looked at on the same page and data: going
 * through the same check-in once per scheme doubled these tests' time and tested nothing more.
 * Dark changes colours only, so there axe checks colours and the touch targets are not measured
 * again (see expectAxeCleanInScheme).
 */
async function inBothSchemes(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await test.step(`${name} (${colorScheme})`, async () => {
      await expectAxeCleanInScheme(page, colorScheme, `${name} (${colorScheme})`);
      await picture(page, {
        path: testInfo.outputPath(`${name}-${colorScheme}.png`),
        fullPage: true,
      });
      if (colorScheme === 'light') await expectTouchTargets(page);
    });
  }
}

test('a hard check-in brings calm help in place, offline (light and dark)', async ({
  page,
  context,
  server,
}, testInfo) => {
  // Both colour schemes: the budget of the two tests this once was.
  test.setTimeout(120_000);
  await openAppOffline(page, context, server);

  await page.getByRole('link', { name: 'Check in now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today’s check-in' })).toBeVisible();
  await page.getByRole('radio', { name: 'Hard', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Angry' }).check();
  await page.getByRole('checkbox', { name: 'Lonely' }).check();
  await expect(page.getByRole('region', { name: CARD })).toHaveCount(0);
  const nine = page
    .getByRole('group', { name: 'Cravings or urges today' })
    .getByRole('radio', { name: '9' });
  await nine.check();

  const card = page.getByRole('region', { name: CARD });
  await expect(card).toBeVisible();
  // In place, not over the page; the person's focus stays where it was.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(nine).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: 'hard moment are now below' }),
  ).toHaveCount(1);
  await expect(card.getByRole('link', { name: 'Add someone' })).toBeVisible();
  await card.getByText('Crisis lines', { exact: true }).click();
  await expect(card.getByRole('link', { name: /^Call / }).first()).toBeVisible();
  await inBothSchemes(page, testInfo, 'card');

  // The breathing guide is there offline, and the check-in waits, saved.
  await card.getByRole('link', { name: 'Breathe with a guide' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Breathe slowly' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('region', { name: CARD })).toBeVisible();

  await page
    .getByRole('region', { name: CARD })
    .getByRole('button', { name: 'Close this for now' })
    .click();
  await expect(page.getByRole('region', { name: CARD })).toHaveCount(0);
  const helped = page.getByLabel('What helped, if anything? (optional)');
  await helped.fill('a slow walk round the block');
  await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();
  await inBothSchemes(page, testInfo, 'after');

  // Closed for the day, and what helped is kept.
  await page.reload();
  await expect(page.getByLabel('What helped, if anything? (optional)')).toHaveValue(
    'a slow walk round the block',
  );
  await expect(page.getByRole('region', { name: CARD })).toHaveCount(0);
});

test(`the locked screen's help and the plan to read are calm and axe clean (light and dark)`, async ({
  page,
}, testInfo) => {
  // Both colour schemes: the budget of the two tests this once was.
  test.setTimeout(120_000);
  const PASS = 'lanterns on the pier at dusk';
  await page.goto('/#/help/safety-plan/edit');
  await page.getByLabel('My warning signs').fill('Not sleeping.\nSkipping meetings.');
  await page.getByLabel('My reasons for living').fill('My niece Ada');
  await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Read my plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'My warning signs' })).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await inBothSchemes(page, testInfo, 'plan');
  await page.getByRole('button', { name: 'The whole plan' }).click();
  await expect(page.getByText('My niece Ada')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await test.step(`the whole plan (${colorScheme})`, async () => {
      await expectAxeCleanInScheme(page, colorScheme, `the whole plan (${colorScheme})`);
    });
  }

  await setLockInSettings(page, PASS);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your journal is locked' }),
  ).toBeVisible();

  await page.getByText('Need help now?').click();
  await expect(page.getByRole('heading', { name: 'Five things you can see' })).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText(/^Breathe in for 4\.$/)).toBeVisible();
  // Nothing sealed while locked: the plan's words are behind the passphrase.
  await expect(page.getByText(/Ada|Skipping meetings/)).toHaveCount(0);
  await inBothSchemes(page, testInfo, 'locked');
});
