// Passphrase guidance with its two word lists (about 40 KB gzip). Loaded with a dynamic import
// from the lock settings screen only, so no other screen pays for it. The lists are made by
// scripts/make-passphrase-lists.mjs, which says where they come from.
import commonPasswordsText from './common-passwords.txt?raw';
import gentleWordsText from './gentle-words.txt?raw';
import { generatePassphrase, passphraseBits, type RandomSource } from './generate';
import { makeEstimator } from './strength';

const lines = (text: string) => text.split('\n').filter((line) => line.length > 0);

/** Plain, gentle English words for generated passphrases (from EFF's list, CC BY 3.0 US). */
export const GENTLE_WORDS: readonly string[] = lines(gentleWordsText);
/** The 10,000 most used passwords, most used first. */
export const COMMON_PASSWORDS: readonly string[] = lines(commonPasswordsText);

export const SUGGESTED_WORD_COUNT = 5;

export const estimateStrength = makeEstimator(COMMON_PASSWORDS, GENTLE_WORDS);

export function suggestPassphrase(random?: RandomSource): string {
  return generatePassphrase(GENTLE_WORDS, SUGGESTED_WORD_COUNT, random);
}

/** Bits of randomness in a suggestion, rounded: about 52. */
export const SUGGESTION_BITS = Math.round(
  passphraseBits(SUGGESTED_WORD_COUNT, GENTLE_WORDS.length),
);
