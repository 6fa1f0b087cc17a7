import { setDateLanguage } from '../../lib/dates';
import { setWordsLanguage } from '../../lib/words';
import { getSetting } from '../settingsRepo';
import { t, useLanguageStore, type Catalog, type Language } from './language';
import { firstWords, rememberFirstWords } from './firstWords';
import { MANIFEST_FILE } from './manifests';

// Only the chosen language's catalog is downloaded (the service worker precaches each one).
const CATALOGS: Record<Exclude<Language, 'en'>, () => Promise<Catalog>> = {
  es: () => import('./catalogs/es').then((module) => module.catalog),
};

export const LANGUAGES: readonly Language[] = ['en', 'es'];

export const LANGUAGE_KEY = 'language';

export const isLanguage = (value: unknown): value is Language =>
  LANGUAGES.includes(value as Language);

/** The first of the device's languages (navigator.languages, in the person's order) Stepwork
 * speaks; English when it speaks none of them. */
export function deviceLanguage(
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Language {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

let wanted: Language = 'en';

/** Loads `language`'s catalog, then switches every screen, `<html lang>` and dates to it. When
 * the person has asked for another language meanwhile, the later choice wins. */
export async function showLanguage(language: Language): Promise<void> {
  wanted = language;
  const catalog = language === 'en' ? undefined : await CATALOGS[language]();
  if (wanted !== language) return;
  document.documentElement.lang = language;
  // An app installed from here is named and described in the same language.
  document
    .querySelector('link[rel="manifest"]')
    ?.setAttribute('href', `./${MANIFEST_FILE[language]}`);
  const say = (word: string) => catalog?.messages[word] ?? word;
  setDateLanguage(language, [say('Today'), say('Yesterday')]);
  setWordsLanguage(language, t);
  useLanguageStore.setState({ language, catalog });
}

/** For main.tsx, as the journal opens: the device's language at once, then the one the person
 * chose in Settings, if they did. If a catalog cannot load, the screens stay in English. Settles
 * once the device's language is showing (or could not be). */
export function followLanguage(): Promise<void> {
  // The copy of the person's choice index.html read too (firstWords.ts), else the device's.
  const copy = firstWords();
  const first = isLanguage(copy) ? copy : deviceLanguage();
  // Started before the stored choice is read: for most people the two agree, and the catalog is
  // then on its way while the journal opens.
  const shown = first !== 'en' ? showLanguage(first).catch(() => undefined) : Promise.resolve();
  getSetting<unknown>(LANGUAGE_KEY)
    .then((chosen) => {
      const language = isLanguage(chosen) ? chosen : undefined;
      // A choice made before the copy existed, or brought in with a backup, is copied now.
      if (language !== copy) rememberFirstWords(language);
      const wanted = language ?? deviceLanguage();
      return wanted !== first ? showLanguage(wanted) : undefined;
    })
    .catch(() => undefined);
  return shown;
}
