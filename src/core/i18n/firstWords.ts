/**
 * The language the person chose in Settings, copied where index.html's own small script can read
 * it before any code arrives (scripts/vite/firstPaint.ts): the choice itself is a setting in the
 * database, which that script cannot open, so a person who chose English on a Spanish phone saw
 * the Spanish first frame. Only a language code is kept here, nothing the person wrote.
 */
export const FIRST_WORDS_KEY = 'stepwork:language';

/** Keeps the copy in step with the setting: a language, or `undefined` to follow the device. */
export function rememberFirstWords(language: string | undefined): void {
  try {
    if (language) localStorage.setItem(FIRST_WORDS_KEY, language);
    else localStorage.removeItem(FIRST_WORDS_KEY);
  } catch {
    // Storage refused (a private window, say): the first frame follows the device, as before.
  }
}

/** The copy, if there is one. */
export function firstWords(): string | undefined {
  try {
    return localStorage.getItem(FIRST_WORDS_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
