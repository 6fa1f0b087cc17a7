import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { COLOUR_RULES, runAxe, smallTargets } from './axe';
import { picture } from './picture';

/** axe finds nothing, and it really ran: a page axe could not read would pass with no rules. */
export async function expectAxeClean(page: Page, where = 'this screen') {
  const { checked, violations } = await runAxe(page);
  expect(checked, `axe rules that ran and passed on ${where}`).toBeGreaterThan(10);
  expect(violations, where).toEqual([]);
}

export type Scheme = 'light' | 'dark';

/**
 * Shows the screen in `colorScheme`, and axe finds nothing on it, and really ran: in light every
 * rule; in dark only the rules the dark scheme can change, colour against colour. Call it for light
 * first on the same screen: a dark run on its own checks colours and nothing else. Looking at each
 * screen with every rule twice spent a third of the browser suite on answers that cannot differ.
 */
export async function expectAxeCleanInScheme(
  page: Page,
  colorScheme: Scheme,
  where: string,
  { soft = false }: { soft?: boolean } = {},
) {
  const check = soft ? expect.soft : expect;
  await page.emulateMedia({ colorScheme });
  if (colorScheme === 'light') {
    const { checked, violations } = await runAxe(page);
    check(checked, `axe rules that ran and passed on ${where}`).toBeGreaterThan(10);
    check(violations, where).toEqual([]);
  } else {
    const { ran, violations } = await runAxe(page, { only: COLOUR_RULES });
    check(ran, `axe's colour contrast ran on ${where}`).toContain('color-contrast');
    check(violations, where).toEqual([]);
  }
}

const CONTROLS =
  'main :is(a, button, summary, label.choice, input:not([type=radio]):not([type=checkbox]))';

/** Every control a finger taps in the screen's main part is at least 44×44 CSS pixels. */
export async function expectTouchTargets(page: Page) {
  expect(await smallTargets(page, CONTROLS)).toEqual([]);
}

/**
 * A screen prepared once, looked at in light and then dark: a full-page picture to look at, axe
 * (every rule in light, the colour rules in dark), and the touch targets under `targets` (false:
 * none) once, since colours do not move them; each a step named for its scheme. Soft, so what one
 * scheme finds does not hide the other's. Preparing the screen once per scheme doubled the walks'
 * time and tested nothing more.
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
      await expectAxeCleanInScheme(page, colorScheme, where, { soft: true });
      await picture(page, {
        path: testInfo.outputPath(`${name}-${colorScheme}.png`),
        fullPage: true,
      });
      if (targets && colorScheme === 'light') {
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
