import type { Language } from '../../../core/i18n/language';
import type { Vocabulary } from './useVocabulary';

// For work made outside a screen (the Markdown file): the feelings, needs and body places in a
// chosen language, without React, each language behind a dynamic import (off the first screen).
const loading = new Map<Language, Promise<Vocabulary>>();

/** The vocabulary in `language`, loaded once per language. */
export function loadVocabulary(language: Language): Promise<Vocabulary> {
  let words = loading.get(language);
  if (!words) {
    words = language === 'en' ? import('./index') : import('./es');
    loading.set(language, words);
  }
  return words;
}
