import { test, expect } from './fixtures';
import { expectAxeCleanInScheme, expectNoSidewaysScroll } from './helpers/checks';
import { openAppOffline } from './helpers/serviceWorker';
import { picture } from './helpers/picture';

// The worker is what this file is about (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

// addScriptTag inlines axe into the page, which the app's strict CSP rightly refuses.
test.use({ bypassCSP: true });

// Words with no place to break, the kind a phone's text box happily takes (as reflow.spec.ts).
const LONG_WORD = 'Unbelievablyoverwhelmingafternoonwithoutanywheretobreak';

test('a staying-well plan is written, read, and fed from a check-in, offline', async ({
  page,
  context,
  server,
}, testInfo) => {
  test.setTimeout(120_000);
  await openAppOffline(page, context, server);

  // From Help now, beside the safety plan.
  await page.getByRole('link', { name: 'Open Help now' }).click();
  await page.getByRole('link', { name: /My staying-well plan/ }).click();
  await expect(page.getByText(/Your plan has no words in it yet/)).toBeVisible();
  await page.getByRole('link', { name: 'Write my plan' }).click();
  await page.getByLabel('My triggers and risky times').fill(`Payday Fridays, ${LONG_WORD}`);
  await page.getByLabel('What I can do when an urge comes').fill('A cold shower, then a walk');
  await page.getByLabel('If I slip').fill('Call Marisol. Be gentle with myself.');
  await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();

  // A check-in's triggers join the plan in one tap.
  await page.goto('/#/today/checkin');
  await page.getByLabel('What set them off? (optional)').fill('A long day alone');
  await page.getByRole('button', { name: 'Add to my staying-well plan' }).click();
  await expect(page.getByText('Added to your staying-well plan.')).toBeVisible();
  await page.getByRole('link', { name: 'Read my staying-well plan' }).click();

  await expect(
    page.getByRole('heading', { level: 2, name: 'My triggers and risky times' }),
  ).toBeVisible();
  await expect(page.getByText('Part 1 of 3')).toBeVisible();
  await expect(page.getByText(/A long day alone/)).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);

  // Each screen opened once and looked at in both schemes.
  const bothSchemes = async (where: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await expectAxeCleanInScheme(page, colorScheme, `${where}, ${colorScheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  };
  await page.goto('/#/help/staying-well');
  await expect(page.getByText('Part 1 of 3')).toBeVisible();
  await bothSchemes('reader');
  await page.getByRole('button', { name: 'The whole plan' }).click();
  await expect(page.getByText('Call Marisol. Be gentle with myself.')).toBeVisible();
  await bothSchemes('whole plan');
  await page.goto('/#/help/staying-well/edit');
  await expect(page.getByLabel('If I slip')).toHaveValue('Call Marisol. Be gentle with myself.');
  await bothSchemes('editor');

  // WCAG reflow: 320 CSS px with the phone's text at 200 %, no sideways scroll.
  await page.setViewportSize({ width: 320, height: 640 });
  // Each screen is also kept as a picture of the part this change touched, to look at by eye.
  for (const [name, hash, seen] of [
    ['reader', '#/help/staying-well', 'Part 1 of 3'],
    ['editor', '#/help/staying-well/edit', 'If I slip'],
    ['checkin', '#/today/checkin', 'Add to my staying-well plan'],
    ['help', '#/help', 'My staying-well plan'],
    ['step-12', '#/steps/12', 'Your staying-well plan'],
  ] as const) {
    await page.goto(`/${hash}`);
    await expect(page.locator('main h1').first()).toBeVisible();
    await expect(page.locator('main')).not.toContainText('Opening your plan');
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await expectNoSidewaysScroll(page, 320, `${hash} at 320 px, text 200 %`);
    await page.getByText(seen, { exact: true }).first().scrollIntoViewIfNeeded();
    await picture(page, { path: testInfo.outputPath(`${name}-320-200.png`) });
  }
});
