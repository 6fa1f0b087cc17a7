import { describe, expect, it } from 'vitest';
import { FEELINGS, searchFeelings } from '../../src/features/inventory/vocabulary/es';

const words = (query: string) => searchFeelings(query).map((feeling) => feeling.word);

describe('finding a Spanish feeling, typed with or without accents', () => {
  it('finds words with é, á, ó, í and ñ whether the accents are typed or not', () => {
    expect(words('pánico')[0]).toBe('pánico');
    expect(words('panico')[0]).toBe('pánico');
    expect(words('desesperanza')[0]).toBe('desesperanza');
    expect(words('decepcion')[0]).toBe('decepción');
    expect(words('añoranza')[0]).toBe('añoranza');
    expect(words('anoranza')[0]).toBe('añoranza');
    expect(words('verguenza')).toContain('vergüenza');
    expect(words('VERGÜENZA')[0]).toBe('vergüenza');
    expect(words('animo')[0]).toBe('ánimo');
  });

  it('finds a word by its beginning, accents or not', () => {
    expect(words('frustr')[0]).toBe('frustración');
    expect(words('desorient')[0]).toBe('desorientación');
    expect(words('añor')[0]).toBe('añoranza');
    expect(words('anor')[0]).toBe('añoranza');
  });

  it('finds a phrase and words inside a meaning', () => {
    expect(words('en vilo')[0]).toBe('en vilo');
    expect(words('nada')).toContain('no sentir nada');
    // "peso" is in the meanings of alivio (relief) and ligereza (lighter), two families apart
    // from vergüenza y culpa, whose name holds no "peso".
    expect(words('peso')).toEqual(expect.arrayContaining(['alivio', 'ligereza']));
  });

  it('understands how people say how they are, in either gender, with or without accents', () => {
    expect(words('asustada')).toEqual(expect.arrayContaining(['miedo', 'terror']));
    expect(words('asustado')).toEqual(words('asustada'));
    expect(words('enojada')[0]).toBe('enojo');
    expect(words('sola')).toEqual(expect.arrayContaining(['soledad', 'aislamiento']));
    expect(words('inutil')).toEqual(words('inútil'));
    expect(words('alegria').length).toBeGreaterThan(2);
  });

  it('finds a whole family by its name, and nothing for filler words', () => {
    const fear = searchFeelings('miedo');
    expect(fear[0]?.word).toBe('miedo');
    expect(fear.filter((f) => f.family === 'fear').length).toBeGreaterThan(5);
    // Nearly every meaning begins "Sentir…": only the feeling named with it is found.
    expect(words('sentir')).toEqual(['no sentir nada']);
    expect(words('cuando')).toEqual([]);
    expect(words('como')).toEqual([]);
    expect(words('zzzz')).toEqual([]);
  });

  it('returns each Spanish feeling once, only built-in ones', () => {
    const all = searchFeelings('a');
    expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
    expect(all.every((f) => FEELINGS.includes(f))).toBe(true);
  });
});
