import { use } from 'react';
import { useLanguage } from '../../../core/i18n/language';
import * as english from './index';

/** The feelings, families, body places and needs, with their lookups and search, in one
 * language: ./index.ts and ./es/index.ts have this same shape. */
export type Vocabulary = typeof english;

// The Spanish words load when an inventory screen first asks for them in Spanish.
let spanish: Promise<Vocabulary> | undefined;

/** The vocabulary in the person's language. Suspends (the screen's "Opening…") while it loads. */
export function useVocabulary(): Vocabulary {
  if (useLanguage() === 'en') return english;
  spanish ??= import('./es');
  return use(spanish);
}
