import { test, expect } from './fixtures';
import { expectAxeCleanInScheme, expectNoSidewaysScroll } from './helpers/checks';
import { openAppOffline } from './helpers/serviceWorker';
import { picture } from './helpers/picture';

// The worker is what this file is about (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

// addScriptTag inlines axe into the page, which the app's strict CSP rightly refuses.
test.use({ bypassCSP: true });

test('a meeting, a sponsor one tap from Today, and a talk noted, all offline', async ({
  page,
  context,
  server,
}, testInfo) => {
  test.setTimeout(120_000);
  await openAppOffline(page, context, server);

  // A meeting of the person's own, from Today's quick ways.
  await page.getByRole('link', { name: 'Your meetings' }).click();
  await page.getByRole('button', { name: 'Add a meeting' }).click();
  const meeting = page.getByRole('form', { name: 'Add a meeting' });
  await meeting.getByLabel('Name').fill('Thursday circle');
  await meeting.getByRole('radio', { name: 'In person' }).check();
  await meeting.getByLabel('Day').selectOption('Thursday');
  await meeting.getByLabel('Time (if you like)').fill('19:30');
  await meeting.getByLabel('Where, or how to join').fill('The hall on Mill Lane');
  await meeting.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('In person · Thursday at 19:30')).toBeVisible();

  // Someone marked as sponsor in My people.
  await page.goto('/#/help/people');
  await page.getByRole('button', { name: 'Add someone' }).click();
  const someone = page.getByRole('form', { name: 'Add someone' });
  await someone.getByLabel('Name').fill('Robin');
  await someone.getByLabel('Phone number').fill('+44 7700 900123');
  await someone.getByLabel('Do they walk the road with you?').selectOption('Sponsor');
  await someone.getByRole('button', { name: 'Save' }).click();

  // Today: the sponsor a tap away (no name: Today shows no words unless asked), the next meeting.
  await page.goto('/#/');
  const sponsor = page.locator('.card', {
    has: page.getByRole('heading', { name: 'Your sponsor' }),
  });
  await expect(sponsor.getByRole('link', { name: 'Call your sponsor' })).toHaveAttribute(
    'href',
    'tel:+447700900123',
  );
  await expect(sponsor.getByText('Robin')).toHaveCount(0);
  const next = page.locator('.card', {
    has: page.getByRole('heading', { name: 'Your next meeting' }),
  });
  await expect(next).toContainText('at 19:30');
  await expect(next).not.toContainText('Thursday circle');

  // After the call, a talk noted in My people.
  await page.goto('/#/help/people');
  await page.getByRole('button', { name: 'We talked: Robin' }).click();
  const talk = page.getByRole('form', { name: 'We talked: Robin' });
  await talk.getByLabel('A note for yourself (if you like)').fill('Talked about Thursday');
  await talk.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByText('Noted. Reaching out takes courage.')).toBeVisible();
  await expect(page.getByText(/In the last four weeks you reached out 1 time\./)).toBeVisible();

  // Each screen opened once and looked at in both schemes.
  for (const [hash, heading] of [
    ['/#/help/people', 'My people'],
    ['/#/help/meetings', 'My meetings'],
    ['/#/', 'Today'],
  ] as const) {
    await page.goto(hash);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await expectAxeCleanInScheme(page, colorScheme, `${heading}, ${colorScheme}`);
    }
  }

  await page.setViewportSize({ width: 320, height: 640 });
  await page.emulateMedia({ colorScheme: 'light' });
  for (const hash of ['/#/help/people', '/#/help/meetings', '/#/']) {
    await page.goto(hash);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await expect(page.locator('h1')).toBeVisible();
    await expectNoSidewaysScroll(page, 320, `${hash} at 320 px, 200 %`);
  }
  await picture(page, { path: testInfo.outputPath('today-320-200.png'), fullPage: true });
});
