// Passphrase guidance in Spanish (about 4 KB gzip more): loaded with a dynamic import only when
// the lock form is shown in Spanish, so English readers never fetch it. The list is made by
// scripts/make-spanish-passphrase-list.mjs, which says where it comes from.
import gentleWordsText from './gentle-words-es.txt?raw';
import { GENTLE_WORDS, lines, makeAdvice } from './guidance';

/** Plain, gentle Spanish words of plain letters a-z for generated passphrases. */
export const SPANISH_WORDS: readonly string[] = lines(gentleWordsText);

/** Suggests Spanish words; the estimate knows the English list too, since a Spanish speaker may
 * choose English words and a guesser would try both. */
export const spanish = makeAdvice(SPANISH_WORDS, GENTLE_WORDS);
