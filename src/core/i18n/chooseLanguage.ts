import { setSetting } from '../settingsRepo';
import type { Language } from './language';
import { rememberFirstWords } from './firstWords';
import { deviceLanguage, LANGUAGE_KEY, showLanguage } from './showLanguage';

// Kept apart from language.ts, which is on the first screen: only Settings changes the language.

/** Each language's name in itself, as a person looks for it in a list. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

/** The person's choice in Settings: a language, or `undefined` to follow the device again. */
export async function chooseLanguage(language: Language | undefined): Promise<void> {
  await setSetting(LANGUAGE_KEY, language);
  rememberFirstWords(language);
  await showLanguage(language ?? deviceLanguage());
}
