import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { runAxe, smallTargets } from './axe';

/** axe finds nothing, and it really ran: a page axe could not read would pass with no rules. */
export async function expectAxeClean(page: Page, where = 'this screen') {
  const { checked, violations } = await runAxe(page);
  expect(checked, `axe rules that ran and passed on ${where}`).toBeGreaterThan(10);
  expect(violations, where).toEqual([]);
}

const CONTROLS =
  'main :is(a, button, summary, label.choice, input:not([type=radio]):not([type=checkbox]))';

/** Every control a finger taps in the screen's main part is at least 44×44 CSS pixels. */
export async function expectTouchTargets(page: Page) {
  expect(await smallTargets(page, CONTROLS)).toEqual([]);
}

/**
 * A screen prepared once, looked at in light and then dark: a full-page picture to look at, axe,
 * and the touch targets under `targets` (false: none), each a step named for its scheme. Soft,
 * so what one scheme finds does not hide the other's. Preparing the screen once per scheme
 * doubled the walks' time and tested nothing more.
 */
export async function checkBothSchemes(
  page: Page,
  testInfo: TestInfo,
  name: string,
  targets: string | false = CONTROLS,
) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const where = `${name} (${colorScheme})`;
    await test.step(where, async () => {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({
        path: testInfo.outputPath(`${name}-${colorScheme}.png`),
        fullPage: true,
      });
      const { checked, violations } = await runAxe(page);
      expect.soft(checked, `axe rules that ran and passed on ${where}`).toBeGreaterThan(10);
      expect.soft(violations, where).toEqual([]);
      if (targets) {
        const small = await smallTargets(page, targets);
        expect.soft(small, `touch targets under 44 px on ${where}`).toEqual([]);
      }
    });
  }
}

/** The page is no wider than the screen; a failure names the innermost elements reaching past
 * the edge, where a fix belongs. */
export async function expectNoSidewaysScroll(page: Page, width: number, where: string) {
  const fit = await page.evaluate((screen) => {
    const wide = [...document.querySelectorAll('body *')].filter((el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= screen + 1) return false;
      return ![...el.children].some((child) => child.getBoundingClientRect().right > screen + 1);
    });
    return {
      pageWidth: document.documentElement.scrollWidth,
      tooWide: wide
        .slice(0, 8)
        .map((el) => `${el.tagName} "${(el.textContent ?? '').slice(0, 30)}"`),
    };
  }, width);
  expect(fit.pageWidth, `${where}: ${fit.tooWide.join(' | ')}`).toBeLessThanOrEqual(width);
}
