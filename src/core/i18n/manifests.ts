import type { Language } from './language';

/**
 * The web app manifest in each language, since a manifest has one: vite.config.ts writes each
 * from src/app/manifest.ts beside the app (the service worker precaches them), and the language
 * switch (showLanguage.ts) points the page's manifest link at the person's. Same id, same app.
 */
export const MANIFEST_FILE: Record<Language, string> = {
  en: 'manifest.webmanifest',
  es: 'manifest-es.webmanifest',
};
