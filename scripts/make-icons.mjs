// Renders public/favicon.svg into the PNG icons the manifest and index.html point at.
// Run after changing the artwork: `npm run icons`, then commit the PNGs.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-flags.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BRAND = '#2f5d50';

// inset: share of the canvas the artwork fills; background: null keeps transparency.
const ICONS = [
  { file: 'public/icons/icon-192.png', size: 192, inset: 1, background: null },
  { file: 'public/icons/icon-512.png', size: 512, inset: 1, background: null },
  // Launchers crop maskable icons to any shape inside the central 80% circle.
  { file: 'public/icons/maskable-512.png', size: 512, inset: 0.8, background: BRAND },
  // iOS fills transparent corners with black, so this one is opaque.
  { file: 'public/apple-touch-icon.png', size: 180, inset: 1, background: BRAND },
];

const svg = await readFile(`${root}public/favicon.svg`, 'utf8');
const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({
      viewport: { width: icon.size, height: icon.size },
      deviceScaleFactor: 1,
    });
    const art = Math.round(icon.size * icon.inset);
    await page.setContent(
      `<html><body style="margin:0;width:${icon.size}px;height:${icon.size}px;display:grid;` +
        `place-items:center;background:${icon.background ?? 'transparent'}">` +
        `<img src="${svgUrl}" width="${art}" height="${art}"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: icon.background === null });
    await mkdir(`${root}${icon.file.slice(0, icon.file.lastIndexOf('/'))}`, { recursive: true });
    await writeFile(`${root}${icon.file}`, png);
    console.log(`${icon.file}  ${icon.size}×${icon.size}  ${png.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
