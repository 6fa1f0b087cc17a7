import { describe, expect, it } from 'vitest';
import { guessRegion } from '../../src/features/safety/crisisRegion';

describe('the crisis lines region, from the device', () => {
  it('takes the country from the language when the zone says nothing we can place', () => {
    expect(guessRegion(['pt-BR'], 'Etc/UTC').country).toBe('BR');
    expect(guessRegion(['es-US', 'en'], undefined).country).toBe('US');
    expect(guessRegion(['fr', 'de-AT'], 'UTC').country).toBe('AT');
  });

  it('keeps a language that differs from the country', () => {
    // Spanish spoken in the United States: the lines are the United States'.
    expect(guessRegion(['es-US'], 'America/Los_Angeles').country).toBe('US');
    // English with a Spanish time zone: the person is in Spain.
    expect(guessRegion(['en'], 'Europe/Madrid').country).toBe('ES');
    // A phone left in American English, in Spain: the lines must be callable where it is.
    expect(guessRegion(['en-US'], 'Europe/Madrid').country).toBe('ES');
    expect(guessRegion(['pt-BR'], 'America/Sao_Paulo').country).toBe('BR');
    expect(guessRegion(['de-DE'], 'Asia/Tokyo').country).toBe('JP');
  });

  it('places the most populous countries by their zones, whatever the language', () => {
    expect(guessRegion(['en'], 'Asia/Shanghai').country).toBe('CN');
    expect(guessRegion(['ru'], 'Asia/Novosibirsk').country).toBe('RU');
    expect(guessRegion(['en-GB'], 'Africa/Lagos').country).toBe('NG');
    expect(guessRegion(['ar'], 'Africa/Cairo').country).toBe('EG');
    expect(guessRegion(['en-US'], 'Asia/Karachi').country).toBe('PK');
    // Urdu with no zone we can place: Pakistan first among the likely countries.
    expect(guessRegion(['ur'], 'Etc/UTC').likely[0]).toBe('PK');
  });

  it('asks, with the likely countries first, when neither says', () => {
    const guess = guessRegion(['en'], 'Etc/UTC');
    expect(guess.country).toBeUndefined();
    expect(guess.likely.slice(0, 2)).toEqual(['US', 'GB']);

    const spanish = guessRegion(['es'], 'Etc/UTC');
    expect(spanish.country).toBeUndefined();
    expect(spanish.likely).toEqual(expect.arrayContaining(['MX', 'ES', 'AR']));
  });

  it('falls back on the part of the world, then on anywhere', () => {
    expect(guessRegion(['zz'], 'Europe/Nowhere').likely).toContain('GB');
    expect(guessRegion([], undefined).likely.length).toBeGreaterThan(0);
  });

  it('ignores a region it holds no lines for, and tags that are not tags', () => {
    expect(guessRegion(['en-XX', 'not a tag'], 'Etc/UTC').country).toBeUndefined();
    expect(guessRegion(['de-LI', 'de-CH'], undefined).country).toBe('CH');
  });
});
