import { describe, expect, it } from 'vitest';
import { CRISIS_COUNTRIES } from '../../src/features/safety/crisisLineCountries';
import { CRISIS_PLACES } from '../../src/features/safety/crisisLinePlaces';
import {
  COUNTRIES_BY_NAME,
  crisisCountry,
  smsHref,
  telHref,
  type CrisisLine,
} from '../../src/features/safety/crisisLines';

// A wrong crisis number does harm: every line must say where it was checked and when, be
// dialable, and no country may lack an emergency number.

const allLines = (): [string, CrisisLine][] =>
  CRISIS_COUNTRIES.flatMap((country) =>
    [...country.emergency, ...country.lines].map(
      (line) => [country.code, line] as [string, CrisisLine],
    ),
  );

describe('the crisis lines data', () => {
  it('holds countries once each, by their ISO code, with a name', () => {
    const codes = CRISIS_COUNTRIES.map((country) => country.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const country of CRISIS_COUNTRIES) {
      expect(country.code, country.name).toMatch(/^[A-Z]{2}$/);
      expect(country.name.trim(), country.code).not.toBe('');
    }
    expect(CRISIS_COUNTRIES.length).toBeGreaterThanOrEqual(35);
  });

  it('gives every country an emergency number', () => {
    for (const country of CRISIS_COUNTRIES) {
      expect(country.emergency.length, country.name).toBeGreaterThan(0);
      for (const line of country.emergency) expect(line.call, country.name).toBeTruthy();
    }
  });

  it('gives every line a name, a dialable number, its source and the day it was checked', () => {
    for (const [code, line] of allLines()) {
      const where = `${code}: ${line.name}`;
      expect(line.name.trim(), where).not.toBe('');
      expect(line.detail.trim(), where).not.toBe('');
      expect(line.call ?? line.text, where).toBeTruthy();
      // Digits, spaces and dashes; a + or * only at the start.
      if (line.call) expect(line.call, where).toMatch(/^[+*]?\d[\d -]*\d$/);
      if (line.text) expect(line.text.number, where).toMatch(/^\d[\d ]*\d$/);
      expect(new URL(line.source).protocol, where).toMatch(/^https?:$/);
      expect(line.checked, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(line.checked)), where).toBe(false);
    }
  });

  it('has no number twice within a country', () => {
    for (const country of CRISIS_COUNTRIES) {
      const numbers = [...country.emergency, ...country.lines].flatMap((line) => [
        ...(line.call ? [`call ${line.call.replace(/\D/g, '')}`] : []),
        ...(line.text ? [`text ${line.text.number.replace(/\D/g, '')}`] : []),
      ]);
      expect(new Set(numbers).size, country.name).toBe(numbers.length);
    }
  });

  it('keeps the lines it has always shipped', () => {
    const calls = (code: string) => {
      const country = CRISIS_COUNTRIES.find((held) => held.code === code)!;
      return [...country.emergency, ...country.lines].map((line) => line.call);
    };
    expect(calls('US')).toEqual(
      expect.arrayContaining(['911', '988', '1-800-662-4357', '1-800-799-7233', '1-800-656-4673']),
    );
    expect(calls('CA')).toEqual(expect.arrayContaining(['911', '988']));
    expect(calls('GB')).toEqual(expect.arrayContaining(['999', '116 123']));
    expect(calls('IE')).toEqual(expect.arrayContaining(['112', '116 123']));
    expect(calls('AU')).toEqual(expect.arrayContaining(['000', '13 11 14']));
  });

  it('makes links a phone can dial', () => {
    expect(telHref('1-800-662-4357')).toBe('tel:18006624357');
    expect(telHref('*4141')).toBe('tel:*4141');
    expect(telHref('+44 116 123')).toBe('tel:+44116123');
    expect(smsHref({ number: '741741', body: 'HOME' })).toBe('sms:741741?body=HOME');
    expect(smsHref({ number: '0477 13 11 14' })).toBe('sms:0477131114');
  });

  it('carries on the first screen the same countries and emergency numbers as the full list', () => {
    // crisisLinePlaces.ts repeats them so the locked screen has them before the lines load: a
    // number changed in crisisLineCountries.ts must be changed there too.
    expect(CRISIS_PLACES).toEqual(
      CRISIS_COUNTRIES.map((country) => ({
        code: country.code,
        name: country.name,
        emergency: country.emergency.map(({ name, detail, call }) => ({ name, detail, call })),
      })),
    );
    expect(crisisCountry('br')?.name).toBe('Brazil');
    expect(crisisCountry('XX')).toBeUndefined();
    expect(COUNTRIES_BY_NAME.map((place) => place.name)).toEqual(
      CRISIS_COUNTRIES.map((country) => country.name).sort((a, b) => a.localeCompare(b, 'en')),
    );
  });
});
