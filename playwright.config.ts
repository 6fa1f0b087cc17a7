import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, headlessShellPath } from './scripts/chromium-flags.mjs';
import { DISABLE_FEATURES } from './tests/e2e/helpers/chromiumFeatures';
import { PHONE } from './tests/e2e/helpers/phone';

// Each test serves dist/ itself on a fresh 127.0.0.1 port (tests/e2e/fixtures.ts), so tests can
// stop the server or change sw.js without disturbing each other. Run `vite build` first.
//
// Measured on the 2-core machine: a fresh context's service worker precaches the whole build
// (about 3 s of CPU per test), and a trace's DOM snapshot after every action cost about a fifth
// of a test's CPU. So the worker is installed only by the specs about it (offline, updates,
// installing), which say so with `serviceWorkers: 'allow'`; traces of failures keep the action
// log, console and network, not DOM snapshots. Nor a film strip: its screencast runs in every
// test (a trace is recorded before anyone knows it will fail) and cost 0.3-0.7 s of CPU per
// test in paired runs; a failure still leaves its screenshot. With two workers the CPU sat idle
// about half the run (Chromium waits on timers and on expect's polling), so a third worker fills it.
// Pages open in Chromium's headless shell; what a phone's browser keeps on disk (its sessions, a
// copy of a profile, installing) is tested in the full Chromium (tests/e2e/fixtures.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 3,
  retries: 0,
  // A budget for a busy shared machine, not a promise about speed: what must be quick asserts it.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: headlessShellPath(),
      args: [...CHROMIUM_ARGS, DISABLE_FEATURES],
    },
    viewport: PHONE.viewport,
    deviceScaleFactor: PHONE.deviceScaleFactor,
    serviceWorkers: 'block',
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
  },
});
