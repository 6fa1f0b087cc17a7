import { test, expect } from './fixtures';
import { waitForServiceWorkerControl } from './helpers/serviceWorker';

interface ManifestIcon {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// One phone with a profile on disk (ordinary test contexts are incognito, where nothing can be
// installed) answers all three questions: a fresh context and app start for the manifest and
// the icon each asked nothing the installable phone's page could not.
test('Stepwork is installable: its manifest, its icons, and Chromium itself say so', async ({
  launchPhone,
  server,
}) => {
  const phone = await launchPhone();
  const page = await phone.newPage();
  await page.goto(server.url);

  await test.step('the manifest', async () => {
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifestUrl = new URL(href ?? '', page.url()).href;
    const response = await page.request.get(manifestUrl);
    expect(response.status()).toBe(200);
    const manifest = await response.json();

    expect(manifest).toMatchObject({
      name: expect.stringContaining('Stepwork'),
      short_name: 'Stepwork',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    });
    for (const field of ['id', 'start_url', 'scope']) {
      expect(new URL(manifest[field], manifestUrl).origin, field).toBe(server.origin);
    }

    const icons: ManifestIcon[] = manifest.icons;
    const purposes = (icon: ManifestIcon) => (icon.purpose ?? 'any').split(/\s+/);
    expect(icons.some((i) => i.sizes === '192x192' && purposes(i).includes('any'))).toBe(true);
    expect(icons.some((i) => i.sizes === '512x512' && purposes(i).includes('any'))).toBe(true);
    expect(icons.some((i) => purposes(i).includes('maskable'))).toBe(true);
    for (const icon of icons) {
      const iconResponse = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(iconResponse.status(), icon.src).toBe(200);
      expect(iconResponse.headers()['content-type'], icon.src).toBe('image/png');
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(await iconResponse.body()), icon.src).toEqual({ width, height });
    }

    expect(manifest.shortcuts.length).toBeGreaterThanOrEqual(2);
    for (const shortcut of manifest.shortcuts) {
      expect(shortcut.name).toBeTruthy();
      expect(new URL(shortcut.url, manifestUrl).origin).toBe(server.origin);
    }
  });

  await test.step('the apple-touch-icon is an opaque 180×180 PNG', async () => {
    const href = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    const response = await page.request.get(new URL(href ?? '', page.url()).href);
    expect(response.headers()['content-type']).toBe('image/png');
    const bytes = await response.body();
    expect(pngSize(bytes)).toEqual({ width: 180, height: 180 });
    // Colour type 2 is RGB without alpha: iOS would paint transparent corners black.
    expect(bytes.readUInt8(25)).toBe(2);
  });

  await test.step('Chromium finds the app installable', async () => {
    await waitForServiceWorkerControl(page);
    const cdp = await phone.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  });
});
