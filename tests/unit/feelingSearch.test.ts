import { describe, expect, it } from 'vitest';
import { FEELINGS, searchFeelings } from '../../src/features/inventory/vocabulary';

const words = (query: string) => searchFeelings(query).map((feeling) => feeling.word);
const families = (query: string) => new Set(searchFeelings(query).map((f) => f.family));

describe('finding a feeling without knowing its family', () => {
  it('finds a word by its beginning, the word itself first', () => {
    expect(words('lonel')[0]).toBe('lonely');
    expect(words('ang')[0]).toBe('angry');
    expect(words('Numb')[0]).toBe('numb');
  });

  it('finds feelings by what they mean, across families', () => {
    // "heavy" is in the meanings of dread (fear), sad (sadness) and lighter (relief).
    expect(words('heavy')).toEqual(expect.arrayContaining(['dread', 'sad', 'lighter']));
    expect(families('heavy').size).toBeGreaterThanOrEqual(3);
  });

  it('understands everyday words the vocabulary does not use', () => {
    expect(words('scared')).toEqual(expect.arrayContaining(['afraid', 'terrified']));
    expect(words('alone')).toEqual(expect.arrayContaining(['lonely', 'isolated']));
    expect(words('happy').length).toBeGreaterThan(2);
  });

  it('finds a whole family by its name', () => {
    const guilt = searchFeelings('guilt');
    expect(guilt.map((f) => f.word)).toContain('guilty');
    expect(guilt.every((f) => f.family === 'shame')).toBe(true);
  });

  it('needs every typed word to fit, ignores accents and case, and matches nothing on filler', () => {
    expect(words('on edge')[0]).toBe('on edge');
    expect(words('CALM')).toEqual(words('cálm'));
    expect(words('feeling')).toEqual([]);
    expect(words('   ')).toEqual([]);
    expect(words('zzzz')).toEqual([]);
  });

  it('returns each feeling once, only built-in ones', () => {
    const all = searchFeelings('a');
    expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
    expect(all.every((f) => FEELINGS.includes(f))).toBe(true);
  });
});
