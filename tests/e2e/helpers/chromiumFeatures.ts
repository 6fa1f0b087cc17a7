import { createRequire } from 'node:module';

// Chromium keeps only the last --disable-features on its command line, and Playwright passes its
// own list first (playwright-core's chromiumSwitches), so a list of ours must carry Playwright's
// too: without it Chromium would, for one, query Google's clocks and search engine on start.
const PLAYWRIGHT = '1.65.1';
const PLAYWRIGHTS_OWN = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

// Chromium 156 draws the address bar's suggestion popups as web pages of its own, in a renderer
// kept for every browser that works again for each window a test opens, though no test ever
// types in the address bar: 52 of the whole suite's 419 CPU-seconds in one measured run.
const OURS = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

const installed = (
  createRequire(import.meta.url)('playwright-core/package.json') as { version: string }
).version;
if (installed !== PLAYWRIGHT) {
  throw new Error(
    `tests/e2e/helpers/chromiumFeatures.ts copies Playwright ${PLAYWRIGHT}'s --disable-features; ` +
      `copy ${installed}'s (chromiumSwitches in playwright-core) and update the version there.`,
  );
}

/** For every browser the tests launch; not for other tools, which have lists of their own. */
export const DISABLE_FEATURES = `--disable-features=${[...PLAYWRIGHTS_OWN, ...OURS].join(',')}`;
