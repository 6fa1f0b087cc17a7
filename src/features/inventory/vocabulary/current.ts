import type { Language } from '../../../core/i18n/language';
import * as english from './index';

/** The feelings, families, body places and needs, with their lookups and search, in one
 * language: ./index.ts and ./es/index.ts have this same shape. */
export type Vocabulary = typeof english;

// The Spanish words load when they are first asked for in Spanish.
let spanish: Promise<Vocabulary> | undefined;

/** The vocabulary of `language`: English at once, another language once its words have loaded. */
export function vocabularyOf(language: Language): Vocabulary | Promise<Vocabulary> {
  if (language === 'en') return english;
  spanish ??= import('./es');
  return spanish;
}
