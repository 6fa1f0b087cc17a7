import type { Page } from '@playwright/test';

type Options = NonNullable<Parameters<Page['screenshot']>[0]>;

/**
 * A picture of the screen for a person to look at (`PICTURES=1 npm run test:e2e`, then
 * test-results/e2e). Nothing asserts on them, and a full-page picture costs 0.1–0.3 s of CPU:
 * the walks took about eighty in every run. A failing test still leaves its own screenshot.
 */
export async function picture(page: Page, options: Options & { path: string }): Promise<void> {
  if (process.env.PICTURES !== '1') return;
  await page.screenshot(options);
}
