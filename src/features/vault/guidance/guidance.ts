// Passphrase guidance with its two English word lists (about 40 KB gzip). Loaded with a dynamic
// import from the lock settings screen only, so no other screen pays for it. The lists are made by
// scripts/make-passphrase-lists.mjs, which says where they come from. The Spanish words are in
// ./spanish.ts, loaded only when the person reads Spanish.
import commonPasswordsText from './common-passwords.txt?raw';
import gentleWordsText from './gentle-words.txt?raw';
import { generatePassphrase, passphraseBits, type RandomSource } from './generate';
import { makeEstimator, type StrengthEstimate } from './strength';

export const lines = (text: string) => text.split('\n').filter((line) => line.length > 0);

/** Plain, gentle English words for generated passphrases (from EFF's list, CC BY 3.0 US). */
export const GENTLE_WORDS: readonly string[] = lines(gentleWordsText);
/** The 10,000 most used passwords, most used first. */
export const COMMON_PASSWORDS: readonly string[] = lines(commonPasswordsText);

export const SUGGESTED_WORD_COUNT = 5;

/** What the lock form needs in one language: its words, suggestions from them, and an estimate
 * that knows them. */
export interface PassphraseAdvice {
  words: readonly string[];
  estimateStrength: (passphrase: string) => StrengthEstimate;
  suggestPassphrase: (random?: RandomSource) => string;
  /** Bits of randomness in a suggestion, rounded. */
  suggestionBits: number;
}

/** Advice that suggests from `words`; the estimate also knows `alsoKnown` lists' words. */
export function makeAdvice(
  words: readonly string[],
  ...alsoKnown: readonly (readonly string[])[]
): PassphraseAdvice {
  return {
    words,
    estimateStrength: makeEstimator(COMMON_PASSWORDS, words, ...alsoKnown),
    suggestPassphrase: (random) => generatePassphrase(words, SUGGESTED_WORD_COUNT, random),
    suggestionBits: Math.round(passphraseBits(SUGGESTED_WORD_COUNT, words.length)),
  };
}

export const english = makeAdvice(GENTLE_WORDS);

export const estimateStrength = english.estimateStrength;
export const suggestPassphrase = english.suggestPassphrase;
/** Bits of randomness in a suggestion, rounded: about 52. */
export const SUGGESTION_BITS = english.suggestionBits;
