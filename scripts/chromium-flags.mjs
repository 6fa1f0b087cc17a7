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

export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';
