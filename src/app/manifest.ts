import type { ManifestOptions } from 'vite-plugin-pwa';

const THEME_COLOR = '#2f5d50';
const BACKGROUND_COLOR = '#f7f4ee';

export const manifest: Partial<ManifestOptions> = {
  id: './',
  name: 'Stepwork — a private recovery journal',
  short_name: 'Stepwork',
  description:
    'A private journal for working the twelve steps after trauma, addiction, or both. Everything stays on this device.',
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
      name: 'New journal entry',
      short_name: 'Write',
      url: './#/journal/new',
      icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'Help now',
      short_name: 'Help',
      url: './#/help',
      icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
};
