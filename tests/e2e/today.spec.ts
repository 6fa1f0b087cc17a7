import { test, expect } from './fixtures';
import { checkBothSchemes, expectAxeClean, expectTouchTargets } from './helpers/checks';
import { dumpIndexedDb } from './helpers/indexedDbDump';
import { openAppOffline } from './helpers/serviceWorker';
import { picture } from './helpers/picture';

// addScriptTag inlines axe into the page, which the app's strict CSP rightly refuses.
test.use({ bypassCSP: true });

// Offline: the worker is installed here (the config blocks it elsewhere).
test.describe(() => {
  test.use({ serviceWorkers: 'allow' });

  test('the Today screen and a check-in on a phone with the network off', async ({
    page,
    context,
    server,
  }, testInfo) => {
    await openAppOffline(page, context, server);

    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Check in now' })).toBeVisible();
    await picture(page, { path: testInfo.outputPath('today.png'), fullPage: true });
    await expectAxeClean(page);
    await expectTouchTargets(page);

    await page.getByRole('link', { name: 'Check in now' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Today’s check-in' })).toBeVisible();
    await page.getByRole('radio', { name: 'In between' }).check();
    await page.getByRole('checkbox', { name: 'Lonely' }).check();
    await page
      .getByRole('group', { name: 'Cravings or urges today' })
      .getByRole('radio', { name: '4' })
      .check();
    await page.getByLabel('First thing').fill('the walk by the river');
    await page.getByLabel('One small win').fill('answered the letter');
    await page.getByLabel('What went well today?').fill('kept my appointment');
    await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();
    await picture(page, { path: testInfo.outputPath('checkin.png'), fullPage: true });
    await expectAxeClean(page);
    await expectTouchTargets(page);

    // Nothing the person wrote is readable on disk.
    const dump = (await dumpIndexedDb(page)).map((store) => store.text).join('\n');
    for (const words of ['river', 'answered the letter', 'appointment']) {
      expect(dump).not.toContain(words);
    }

    await page.getByRole('link', { name: 'Back to Today' }).click();
    await expect(page.getByText(/You checked in today, last at/)).toBeVisible();
    await page.getByRole('link', { name: 'Past check-ins' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your check-ins' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Every check-in' })).toContainText(
      'cravings 4 of 10',
    );
    await picture(page, { path: testInfo.outputPath('checkins.png'), fullPage: true });
    await expectAxeClean(page);
    await expectTouchTargets(page);
  });
});

// One goal and one count, looked at in both schemes: making them once per scheme doubled the
// test's time and tested nothing more.
test('goals and recovery days are axe clean in the light and dark schemes', async ({
  page,
}, testInfo) => {
  // Both colour schemes: the budget of the two tests this once was.
  test.setTimeout(120_000);
  await page.goto('/#/today/goals');
  await page.getByRole('button', { name: 'Start a new goal' }).click();
  await page.getByLabel('Your goal, in your words').fill('Walk after lunch');
  await expect(page.getByRole('heading', { name: 'Log a day' })).toBeVisible();
  await page.getByRole('radio', { name: 'Done', exact: true }).check();
  await page.getByRole('button', { name: 'Save for this day' }).click();
  await expect(page.getByText(/^Logged for /)).toBeVisible();
  await expect(page.getByText(/Done on 1 of the last 7 days/)).toBeVisible();
  await checkBothSchemes(page, testInfo, 'goal');

  await page.goto('/#/today/recovery');
  await page.getByRole('button', { name: 'Turn recovery days on' }).click();
  await page.getByRole('button', { name: 'Start counting' }).click();
  await expect(page.getByRole('group', { name: 'Your count' })).toContainText('1 day of recovery');
  await checkBothSchemes(page, testInfo, 'recovery');

  await page.goto('/#/today/checkin');
  await expect(page.getByLabel('One small win')).toBeVisible();
  await checkBothSchemes(page, testInfo, 'checkin', false);
});

test('the cravings scale keeps each number on one line on a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/#/today/checkin');
  const scale = page.getByRole('group', { name: 'Cravings or urges today' });
  await expect(scale.getByRole('radio', { name: '10' })).toBeVisible();
  // "10" broke into "1" over "0" when the shared choice padding squeezed its cell.
  const lineHeights = await scale.locator('label').evaluateAll((labels) =>
    labels.map((label) => {
      const number = label.querySelector('span');
      if (!number) return 0;
      return Math.round(number.getBoundingClientRect().height);
    }),
  );
  expect(lineHeights).toHaveLength(11);
  expect(new Set(lineHeights).size, `heights of 0–10: ${lineHeights.join(', ')}`).toBe(1);
});
