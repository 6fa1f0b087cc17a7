import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { expect, type Page } from '@playwright/test';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe on the page as it is now (the spec needs `test.use({ bypassCSP: true })`: the app's
 * strict CSP rightly refuses the inlined script). */
export async function expectAxeClean(page: Page) {
  await page.addScriptTag({ path: AXE_PATH });
  const { checked, violations } = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(): Promise<AxeResults> } };
    const results = await axe.run();
    return {
      checked: results.passes.length,
      violations: results.violations.map((v) => ({
        rule: v.id,
        help: v.help,
        where: v.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary}`),
      })),
    };
  });
  expect(checked, 'axe rules that ran and passed').toBeGreaterThan(10);
  expect(violations).toEqual([]);
}

/** Every control a finger taps is at least 44×44 CSS pixels (links in running text excepted). */
export async function expectTouchTargets(page: Page) {
  const small = await page.locator('main').evaluate((main) =>
    [
      ...main.querySelectorAll(
        'a, button, summary, label.choice, input:not([type=radio]):not([type=checkbox])',
      ),
    ]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
      .filter(({ el }) => !(el.tagName === 'A' && el.closest('p')))
      .map(({ el, box }) => `${el.textContent?.trim()} ${box.width}×${box.height}`),
  );
  expect(small).toEqual([]);
}
