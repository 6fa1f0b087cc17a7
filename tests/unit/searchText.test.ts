import { describe, expect, it } from 'vitest';
import { containsTerm, fold, parseQuery } from '../../src/features/journal/search/searchText';

describe('folding text for search', () => {
  it('folds case and accents in every script, and leaves punctuation and other letters as written', () => {
    const written = 'Crème BRÛLÉE with Zoë — I’m “fine”. Καλημέρα. Привет, Ёлка. Ça va? 你好';
    const folded = 'creme brulee with zoe — i’m “fine”. καλημερα. привет, елка. ca va? 你好';
    expect(fold(written)).toBe(folded);
    // An accent written as its own mark after an ASCII letter folds the same way.
    expect(fold('Cafe\u0301 cafe\u0301')).toBe('cafe cafe');
  });

  it('finds a word typed without accents in words written with them, and back', () => {
    const text = fold('Sat with José at the café; Ёлка was there');
    for (const query of ['jose', 'CAFE', 'café', 'елка', 'Ёл']) {
      const [term] = parseQuery(query);
      expect(term && containsTerm(text, term), query).toBe(true);
    }
  });
});
