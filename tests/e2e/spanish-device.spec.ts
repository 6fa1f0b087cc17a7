import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST, test, expect } from './fixtures';

// A phone set to Spanish: what it shows before any code, and the app it would install.
test.use({ locale: 'es-MX' });

/** Holds back every script of the app until `release()`: the page as a slow phone has it while
 * the code is still on its way. */
async function holdCode(page: Page): Promise<{ release: () => void }> {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}

test('the first frame speaks Spanish before any code, and the app keeps its bar where it was', async ({
  page,
}) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
  });
  const code = await holdCode(page);
  await page.goto('/#/journal', { waitUntil: 'commit' });
  const bar = page.locator('header.topbar');
  const help = bar.getByRole('link', { name: 'Ayuda ahora', exact: true });
  await expect(help).toBeVisible();
  await expect(bar.getByRole('link', { name: 'Salida rápida' })).toBeVisible();
  await expect(bar.getByRole('link', { name: 'Ajustes' })).toBeAttached();
  await expect(page.getByText('Abriendo tu diario…')).toBeVisible();
  await expect(page.getByText('Help now')).toBeHidden();
  await expect(page.getByText('Opening your journal…')).toBeHidden();
  const before = await help.boundingBox();
  // Every wording the bar shows from here on, as the app draws over the frame.
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { barWords: seen });
    new MutationObserver(() => {
      seen.push(document.querySelector<HTMLElement>('header.topbar')?.innerText ?? '');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  code.release();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Diario' })).toBeVisible();
  await expect(help).toBeVisible();
  expect(await help.boundingBox()).toEqual(before);
  await expect(bar.getByRole('button', { name: 'Salida rápida' })).toBeVisible();
  // The app waits for its Spanish words (main.tsx) instead of drawing an English bar between two
  // Spanish ones.
  const seen = await page.evaluate(() => (window as unknown as { barWords: string[] }).barWords);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.filter((words) => /Help now|Quick exit/.test(words))).toEqual([]);
  expect(refused).toEqual([]);
});

test('English chosen in Settings on a Spanish phone is the first frame’s language from then on', async ({
  page,
}) => {
  await page.goto('/#/settings');
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Journal' })).toBeVisible();

  const code = await holdCode(page);
  await page.reload({ waitUntil: 'commit' });
  const bar = page.locator('header.topbar');
  await expect(bar.getByRole('link', { name: 'Help now', exact: true })).toBeVisible();
  await expect(page.getByText('Opening your journal…')).toBeVisible();
  await expect(page.getByText('Ayuda ahora')).toBeHidden();
  code.release();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Journal' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Following the device again brings the Spanish frame back.
  await page.goto('/#/settings');
  await page.getByLabel('Language').selectOption('');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Diario' })).toBeVisible();
  await page.reload({ waitUntil: 'commit' });
  await expect(bar.getByRole('link', { name: 'Ayuda ahora', exact: true })).toBeVisible();
});

test('the page names the Spanish manifest, one app with the English one, precached with it', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Hoy' })).toBeVisible();
  const link = page.locator('link[rel="manifest"]');
  await expect(link).toHaveAttribute('href', './manifest-es.webmanifest');

  const spanishUrl = new URL((await link.getAttribute('href')) ?? '', page.url()).href;
  const spanish = await (await page.request.get(spanishUrl)).json();
  const english = await (
    await page.request.get(new URL('manifest.webmanifest', spanishUrl).href)
  ).json();
  expect(spanish).toMatchObject({
    lang: 'es',
    name: 'Stepwork — un diario privado de recuperación',
    short_name: 'Stepwork',
    description: expect.stringContaining('Todo se queda en este dispositivo.'),
  });
  expect(spanish.shortcuts.map((s: { name: string }) => s.name)).toEqual([
    'Nueva entrada del diario',
    'Ayuda ahora',
  ]);
  expect(english.lang).toBe('en');
  for (const same of ['id', 'start_url', 'scope', 'display', 'icons', 'theme_color']) {
    expect(spanish[same], same).toEqual(english[same]);
  }

  // Chromium itself now reads the app's manifest from the Spanish file.
  const cdp = await page.context().newCDPSession(page);
  const { url } = await cdp.send('Page.getAppManifest');
  expect(url).toBe(spanishUrl);

  const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  expect(worker).toContain('"manifest-es.webmanifest"');
  expect(worker).toContain('"manifest.webmanifest"');
});
