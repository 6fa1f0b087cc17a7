/** Fills the array with random 32-bit numbers (crypto.getRandomValues in the app). */
export type RandomSource = (values: Uint32Array<ArrayBuffer>) => void;

const cryptoSource: RandomSource = (values) => {
  crypto.getRandomValues(values);
};

const TWO_TO_32 = 2 ** 32;

/**
 * A whole number from 0 to n − 1, each equally likely. `value % n` alone would favour the low
 * numbers whenever n does not divide 2^32, so values at or above the largest multiple of n
 * (`limit`) are thrown away and drawn again (rejection sampling). `range` is 2^32 in the app;
 * tests use a small range to check every possible value.
 */
export function uniformIndex(n: number, next: () => number, range: number = TWO_TO_32): number {
  if (!Number.isInteger(n) || n < 1 || n > range) throw new RangeError(`cannot pick 1 of ${n}`);
  const limit = range - (range % n);
  for (;;) {
    const value = next();
    if (value < limit) return value % n;
  }
}

/**
 * `count` different words from `words`, joined by spaces: each word is picked uniformly from the
 * words not yet picked (a partial Fisher–Yates shuffle). Different words read better, and a
 * repeated word would also make the strength estimate (rightly) lower.
 */
export function generatePassphrase(
  words: readonly string[],
  count: number,
  random: RandomSource = cryptoSource,
): string {
  if (count > words.length) throw new RangeError(`cannot pick ${count} of ${words.length} words`);
  const buffer = new Uint32Array(1);
  const next = () => {
    random(buffer);
    return buffer[0] ?? 0;
  };
  const left = [...words];
  const picked: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const index = uniformIndex(left.length, next);
    const word = left[index];
    if (word === undefined) throw new Error('the word list is empty');
    picked.push(word);
    left[index] = left[left.length - 1] ?? word;
    left.pop();
  }
  return picked.join(' ');
}

/** Bits of randomness in `count` different words from a list of `listLength`:
 * log2(n · (n − 1) · … · (n − count + 1)). For 5 of 1,355 words, about 52. */
export function passphraseBits(count: number, listLength: number): number {
  let bits = 0;
  for (let i = 0; i < count; i += 1) bits += Math.log2(listLength - i);
  return bits;
}
