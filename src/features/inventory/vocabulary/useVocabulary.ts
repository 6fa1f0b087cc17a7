import { use } from 'react';
import { useLanguage } from '../../../core/i18n/language';
import { vocabularyOf, type Vocabulary } from './current';

export type { Vocabulary };

/** The vocabulary in the person's language. Suspends (the screen's "Opening…") while it loads. */
export function useVocabulary(): Vocabulary {
  const words = vocabularyOf(useLanguage());
  return words instanceof Promise ? use(words) : words;
}
