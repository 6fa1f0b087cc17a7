import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium-flags.mjs';
import { PHONE } from './tests/e2e/helpers/phone';

// Each test serves dist/ itself on a fresh 127.0.0.1 port (tests/e2e/fixtures.ts), so tests can
// stop the server or change sw.js without disturbing each other. Run `vite build` first.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    viewport: PHONE.viewport,
    deviceScaleFactor: PHONE.deviceScaleFactor,
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
