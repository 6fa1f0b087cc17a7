/**
 * A passphrase strength estimate: roughly how many bits of guessing a passphrase is worth to
 * someone who tries the most used passwords first, then everyday words, simple patterns, and
 * only then every character. It is a guide for the person, never a rule: the lock takes any
 * passphrase of the minimum length.
 *
 * The passphrase is split into pieces, each with a cost in bits, and the cheapest split wins (a
 * small cousin of zxcvbn's approach):
 * - one of the 10,000 most used passwords: log2 of its rank;
 * - a word of a passphrase word list: log2 of that list's length (the Spanish estimate knows both
 *   lists: a Spanish speaker may choose English words too, and a guesser would try both);
 * - other runs of 4 or more letters: 3 bits a letter (a guesser who knows English spelling needs
 *   far fewer than the 4.7 of a random letter);
 * - repeats (aaaa, lovelove), sequences (abcd, 4321), keyboard rows (qwerty, asdf) and years:
 *   a few bits each;
 * - anything else, one character at a time: lower or upper case letters 4.7, digits 3.3,
 *   symbols 5, a space 1, other characters 6.6.
 * Capitals cost 1 bit when only the first or all letters are capitals, else 1 bit each; common
 * swaps (4 for a, 0 for o, $ for s…) cost 1 bit.
 */

type StrengthLevel = 'weak' | 'fair' | 'strong';

export interface StrengthEstimate {
  bits: number;
  level: StrengthLevel;
  /** The passphrase, without digits or symbols around it, is one of the most used passwords. */
  common: boolean;
}

/** Below this, a passphrase is easy to guess even against 1,000,000 PBKDF2 iterations. */
const WEAK_BELOW_BITS = 30;
/** From this on, a passphrase is strong: a generated five-word one always reaches it. */
export const STRONG_FROM_BITS = 45;
/** Longer passphrases are estimated on their first characters; the rest only adds. */
const MAX_ANALYSED = 128;
const MAX_TOKEN = 24;

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'qazwsxedcrfvtgbyhnujmikolp'];
const KEYBOARD_BITS = Math.log2(KEYBOARD_ROWS.join('').length * 2);
const YEAR_BITS = Math.log2(140);

const reverse = (text: string) => [...text].reverse().join('');

const isLetter = (ch: string) => /\p{L}/u.test(ch);
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

function charBits(ch: string): number {
  if (/[a-z]/.test(ch)) return Math.log2(26);
  if (/[A-Z]/.test(ch)) return Math.log2(26);
  if (/[0-9]/.test(ch)) return Math.log2(10);
  if (ch === ' ') return 1;
  if (/[\x21-\x7e]/.test(ch)) return Math.log2(33);
  return Math.log2(100);
}

export function makeEstimator(
  commonPasswords: readonly string[],
  ...wordLists: readonly (readonly string[])[]
): (passphrase: string) => StrengthEstimate {
  const rank = new Map<string, number>();
  commonPasswords.forEach((password, index) => {
    if (!rank.has(password)) rank.set(password, index + 1);
  });
  /** Each listed word's cost: log2 of its list's length, the smaller if it is in more than one. */
  const wordBits = new Map<string, number>();
  for (const words of wordLists) {
    const bits = Math.log2(Math.max(2, words.length));
    for (const word of words) wordBits.set(word, Math.min(wordBits.get(word) ?? Infinity, bits));
  }

  /** Cheapest cost of a dictionary piece: as typed (lower-cased), or with swaps undone. */
  function dictionaryBits(lower: string, plain: string): number | null {
    let best: number | null = null;
    for (const [key, extra] of [
      [lower, 0],
      [plain, 1],
    ] as const) {
      if (extra === 1 && key === lower) continue;
      const r = rank.get(key);
      if (r !== undefined) best = Math.min(best ?? Infinity, Math.log2(r) + extra);
      const listed = wordBits.get(key);
      if (listed !== undefined) best = Math.min(best ?? Infinity, listed + extra);
    }
    return best;
  }

  /** Cheapest split of the characters into pieces, by dynamic programming over positions. Each
   * piece grows one character at a time, keeping what it needs to know as it goes, so a long
   * passphrase stays quick to estimate on every key press. */
  function splitBits(chars: readonly string[], memo: Map<string, number> | null): number {
    const n = chars.length;
    const lower = chars.map((ch) => ch.toLowerCase());
    const plain = lower.map((ch) => LEET[ch] ?? ch);
    const letter = plain.map(isLetter);
    const upper = chars.map(isUpper);
    const codes = lower.map((ch) => ch.codePointAt(0) ?? 0);
    const best = new Array<number>(n + 1).fill(Infinity);
    best[0] = 0;
    const offer = (end: number, bits: number) => {
      if (bits < (best[end] ?? Infinity)) best[end] = bits;
    };
    for (let i = 0; i < n; i += 1) {
      const here = best[i] ?? Infinity;
      const first = chars[i] ?? '';
      offer(i + 1, here + charBits(first));
      let typed = lower[i] ?? '';
      let unswapped = plain[i] ?? '';
      let letters = letter[i] ? 1 : 0;
      let capitals = upper[i] ? 1 : 0;
      let swapped = unswapped !== typed;
      let allLetters = letter[i] ?? false;
      let same = true;
      const step = (codes[i + 1] ?? 0) - (codes[i] ?? 0);
      let sequence = step === 1 || step === -1;
      let onKeyboard = KEYBOARD_ROWS.some((row) => row.includes(typed));
      for (let end = i + 2; end <= Math.min(n, i + MAX_TOKEN); end += 1) {
        const k = end - 1;
        const length = end - i;
        typed += lower[k] ?? '';
        unswapped += plain[k] ?? '';
        if (letter[k]) letters += 1;
        if (upper[k]) capitals += 1;
        swapped ||= plain[k] !== lower[k];
        allLetters &&= letter[k] ?? false;
        same &&= lower[k] === lower[i];
        sequence &&= (codes[k] ?? 0) - (codes[k - 1] ?? 0) === step;
        onKeyboard &&= KEYBOARD_ROWS.some(
          (row) => row.includes(typed) || row.includes(reverse(typed)),
        );
        const caps =
          capitals === 0
            ? 0
            : capitals === letters || (capitals === 1 && upper[i] === true)
              ? 1
              : capitals;
        if (length >= 3) {
          const dict = dictionaryBits(typed, unswapped);
          if (dict !== null) offer(end, here + dict + caps);
          if (same) offer(end, here + charBits(first) + Math.log2(length));
          if (sequence) {
            offer(end, here + charBits(first) + Math.log2(length) + (step === -1 ? 1 : 0));
          }
        }
        if (length >= 4) {
          if (allLetters) offer(end, here + 3 * length + caps + (swapped ? 1 : 0));
          if (onKeyboard) offer(end, here + KEYBOARD_BITS + Math.log2(length));
          if (length === 4 && /^(19\d\d|20[0-3]\d)$/.test(typed)) offer(end, here + YEAR_BITS);
        }
      }
      if (memo) {
        // The same chunk typed again and again costs little more than the chunk itself.
        for (let size = 1; size <= Math.min(MAX_TOKEN, (n - i) >> 1); size += 1) {
          let times = 1;
          while (
            i + (times + 1) * size <= n &&
            lower
              .slice(i + times * size, i + (times + 1) * size)
              .every((ch, j) => ch === lower[i + j])
          ) {
            times += 1;
          }
          if (times >= 2) {
            const chunk = chars.slice(i, i + size);
            const key = chunk.join('');
            let chunkBits = memo.get(key);
            if (chunkBits === undefined) {
              chunkBits = splitBits(chunk, null);
              memo.set(key, chunkBits);
            }
            offer(i + times * size, here + chunkBits + Math.log2(times));
          }
        }
      }
    }
    return best[n] ?? Infinity;
  }

  return function estimate(passphrase: string): StrengthEstimate {
    const chars = [...passphrase.normalize('NFC')];
    const analysed = chars.slice(0, MAX_ANALYSED);
    const rest = chars.slice(MAX_ANALYSED).length;
    const bits = splitBits(analysed, new Map()) + rest;
    const core = chars
      .map((ch) => ch.toLowerCase())
      .join('')
      .replace(/^[\s\d\p{P}\p{S}]+|[\s\d\p{P}\p{S}]+$/gu, '');
    const plainCore = [...core].map((ch) => LEET[ch] ?? ch).join('');
    const common =
      rank.has(passphrase.normalize('NFC').toLowerCase()) ||
      (core.length >= 3 && (rank.has(core) || rank.has(plainCore)));
    const level: StrengthLevel =
      common || bits < WEAK_BELOW_BITS ? 'weak' : bits < STRONG_FROM_BITS ? 'fair' : 'strong';
    return { bits, level, common };
  };
}
