import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeFindings {
  /** Rules that ran and passed: a page axe could not read would pass with none. */
  checked: number;
  /** The ids of the rules that ran and passed or failed (not those that found nothing to check). */
  ran: string[];
  violations: { rule: string; impact?: string | null; help: string; where: string[] }[];
}

/**
 * The rules whose answer can change with the colour scheme. The dark scheme changes colours only
 * (src/ui/tokens.css; accessibility.spec.ts holds every stylesheet to that), so a screen already
 * checked with every rule in light needs only these again in dark.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page as it is now: every rule, or with `only` just those. Tests that use it need
 * `test.use({ bypassCSP: true })`: addScriptTag inlines axe, which the app's strict CSP rightly
 * refuses.
 */
export async function runAxe(
  page: Page,
  { only }: { only?: readonly string[] } = {},
): Promise<AxeFindings> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (only) => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: object): Promise<AxeResults> };
    };
    // Every rule still runs on every node; passing rules keep one node each instead of a unique
    // selector built for every node they passed on, which was most of a run on long screens.
    const results = await axe.run(document, {
      resultTypes: ['violations'],
      ...(only ? { runOnly: { type: 'rule', values: only } } : {}),
    });
    return {
      checked: results.passes.length,
      ran: [...results.passes, ...results.violations].map((rule) => rule.id),
      violations: results.violations.map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        where: v.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary}`),
      })),
    };
  }, only);
}

/** Controls matching `selector` that are drawn and narrower or shorter than a thumb's 44 px. */
export async function smallTargets(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      // A link inside running text is sized by the sentence it sits in (WCAG 2.5.8's inline case).
      .filter((element) => !(element.tagName === 'A' && element.closest('p')))
      .map((element) => {
        const box = element.getBoundingClientRect();
        return {
          text: (element.textContent ?? '').trim().slice(0, 40),
          width: Math.round(box.width),
          height: Math.round(box.height),
        };
      })
      .filter((target) => target.width < 44 || target.height < 44),
  );
}
