import type { ManifestOptions } from 'vite-plugin-pwa';
import { SHELL } from '../core/i18n/catalogs/es/shell';
import { msg } from '../core/i18n/language';

const THEME_COLOR = '#2f5d50';
const BACKGROUND_COLOR = '#f7f4ee';

const NEW_ENTRY = { name: msg('New journal entry'), short_name: msg('Write') };
const HELP_NOW = { name: msg('Help now'), short_name: msg('Help') };

export const manifest: Partial<ManifestOptions> = {
  id: './',
  name: msg('Stepwork — a private recovery journal'),
  short_name: 'Stepwork',
  description: msg(
    'A private journal for working the twelve steps after trauma, addiction, or both. Everything stays on this device.',
  ),
  start_url: './',
  scope: './',
  display: 'standalone',
  orientation: 'portrait',
  theme_color: THEME_COLOR,
  background_color: BACKGROUND_COLOR,
  lang: 'en',
  categories: ['health', 'lifestyle'],
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  shortcuts: [
    {
      ...NEW_ENTRY,
      url: './#/journal/new',
      icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      ...HELP_NOW,
      url: './#/help',
      icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
};

const es = (english: string): string => SHELL[english] ?? english;

/** The same app for a Spanish device, written by vite.config.ts as its own file (a manifest has
 * one language); its id, start and icons are the English one's, so it is one app, not two. */
export const spanishManifest: Partial<ManifestOptions> = {
  ...manifest,
  name: es(manifest.name ?? ''),
  description: es(manifest.description ?? ''),
  lang: 'es',
  shortcuts: manifest.shortcuts?.map((shortcut) => ({
    ...shortcut,
    name: es(shortcut.name),
    short_name: es(shortcut.short_name ?? ''),
  })),
};
