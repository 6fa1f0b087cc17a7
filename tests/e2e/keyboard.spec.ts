import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// A person who moves with a keyboard or a switch, or listens with a screen reader: every change
// of screen they make puts focus on the new screen's heading (or, for a new entry they asked for,
// on the writing box) and the announcement region says where they are (src/app/RouteFocus.tsx).

/** RouteFocus's polite live region: the words a screen reader says after a change of screen. */
const announced = (page: Page) => page.locator('[role="status"][aria-live="polite"][aria-atomic]');

/** What has focus, as a person would name it: its role and its words. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'the page body';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
    return `${el.tagName.toLowerCase()} "${name}"`;
  });
}

/** Tab (or Shift+Tab) presses from where focus is until `name` has it; fails after `limit`. */
async function tabsTo(page: Page, name: string, limit: number, key = 'Tab'): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press(key);
    if ((await focused(page)) === `a "${name}"`) return presses;
  }
  throw new Error(`"${name}" not reached in ${limit} Tab presses (at ${await focused(page)})`);
}

test('every change of screen by keyboard lands on the new screen and says where it is', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The first screen says nothing: the page's title already did.
  await expect(announced(page)).toHaveText('');

  // A link of the bottom navigation given focus (as Tab would), chosen with Enter.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Journal' }).focus();
  await page.keyboard.press('Enter');
  const journal = page.getByRole('heading', { level: 1, name: 'Journal' });
  await expect(journal).toBeFocused();
  await expect(announced(page)).toHaveText('Journal');

  // From the heading, the screen's main action is the next stop.
  const presses = await tabsTo(page, 'New entry', 3);
  expect(presses, 'Tab presses from the Journal heading to "New entry"').toBe(1);

  // A new entry the person asked for: the writing box is where they type next.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Your words')).toBeFocused();
  await expect(announced(page)).toHaveText('New entry');
  await page.getByLabel('Your words').fill('A few words, typed without a mouse.');
  await expect(page.getByText('Saved on this device')).toBeVisible();

  // Back with the keyboard: Shift+Tab from the writing box to "Back to journal", Enter.
  await tabsTo(page, 'Back to journal', 4, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(journal).toBeFocused();
  await expect(announced(page)).toHaveText('Journal');

  // Each of the other places in the navigation, and Help now and Settings in the top bar.
  for (const [bar, link, heading] of [
    [nav, 'Steps', 'The twelve steps'],
    [nav, 'Inventory', 'Inventory'],
    [nav, 'Amends', 'Amends'],
    [nav, 'Today', null],
    [page.getByRole('banner'), 'Help now', 'Help now'],
    [page.getByRole('banner'), 'Settings', 'Settings'],
  ] as const) {
    await bar.getByRole('link', { name: link, exact: true }).focus();
    await page.keyboard.press('Enter');
    const h1 = page.locator('main h1').first();
    if (heading) await expect(h1).toHaveText(heading);
    await expect(h1, `after ${link}`).toBeFocused();
    const words = (await h1.textContent())?.trim() ?? '';
    await expect(announced(page), `after ${link}`).toHaveText(words);
  }
});
