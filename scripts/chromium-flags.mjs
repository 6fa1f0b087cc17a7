import { existsSync } from 'node:fs';

// Shared by every script and test that drives Debian's Chromium. Without the background-networking
// flags Chromium reaches for outside hosts, which would break the "no request leaves" promise.
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Where Debian's packages put them (scripts/test.mjs installs them there when missing).
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

export const chromiumPath = () => process.env.CHROME_PATH || DEBIAN_CHROMIUM;

// Debian's chromium-headless-shell: the same Blink and V8 without the browser's own layer (its
// windows, address bar, session restore). Playwright runs headless tests on such a shell by
// default; here the browser suite ran in 11-14 % less time on it (254 s against 218 and 227).
// Specs about what the real browser keeps on disk launch chromiumPath() instead. Without the
// shell, the full Chromium does its work.
export const headlessShellPath = () =>
  process.env.HEADLESS_SHELL_PATH ||
  (existsSync(DEBIAN_HEADLESS_SHELL) ? DEBIAN_HEADLESS_SHELL : chromiumPath());
