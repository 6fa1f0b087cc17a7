import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CRISIS_LINES } from '../../src/features/safety/crisisLineCountries';
import { CRISIS_PLACES } from '../../src/features/safety/crisisLinePlaces';
import {
  countriesByName,
  crisisCountry,
  type CrisisLine,
  type CrisisPlace,
} from '../../src/features/safety/crisisLines';
import { smsHref, telHref } from '../../src/features/safety/phoneLinks';
import { COMMON_EMERGENCY } from '../../src/features/safety/commonEmergency';

// A wrong crisis number does harm: every number must say where it was checked and when, be
// dialable, and no country may lack an emergency number. The sources live in docs/, not in src/
// (the app names no other web origin), so this test is what keeps the two in step.

const SOURCES_FILE = new URL('../../docs/crisis-line-sources.json', import.meta.url);

const Day = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/),
  v.check((day) => !Number.isNaN(Date.parse(day)), 'a real day'),
);
const Source = v.strictObject({
  source: v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//)),
  checked: Day,
  weak: v.optional(v.literal(true)),
  note: v.optional(v.pipe(v.string(), v.minLength(1))),
});
const SourcesFile = v.strictObject({
  about: v.string(),
  countries: v.record(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)), v.record(v.string(), Source)),
});
type Sources = v.InferOutput<typeof SourcesFile>['countries'];

const readSources = (): Sources =>
  v.parse(SourcesFile, JSON.parse(readFileSync(SOURCES_FILE, 'utf8'))).countries;

/** Every number a country shows, as it shows it: emergency numbers, then lines' calls and texts. */
function numbersOf(place: CrisisPlace, lines: CrisisLine[]): string[] {
  const numbers = [
    ...place.emergency.map((line) => line.call),
    ...lines.flatMap((line) => [line.call, line.text?.number]),
  ];
  return [...new Set(numbers.filter((number) => number !== undefined))];
}

/** What is wrong between the numbers held and their sources: empty when each has exactly one. */
function sourceProblems(
  places: CrisisPlace[],
  lines: Record<string, CrisisLine[]>,
  sources: Sources,
): string[] {
  const problems: string[] = [];
  for (const place of places) {
    const held = numbersOf(place, lines[place.code] ?? []);
    const found = sources[place.code] ?? {};
    for (const number of held) {
      if (!found[number]) problems.push(`${place.code} ${number}: no source`);
    }
    for (const number of Object.keys(found)) {
      if (!held.includes(number)) problems.push(`${place.code} ${number}: not in the app`);
    }
  }
  for (const code of Object.keys(sources)) {
    if (!places.some((place) => place.code === code)) problems.push(`${code}: not in the app`);
  }
  return problems;
}

const allLines = (): [string, CrisisLine][] =>
  Object.entries(CRISIS_LINES).flatMap(([code, lines]) =>
    lines.map((line) => [code, line] as [string, CrisisLine]),
  );

describe('the crisis lines data', () => {
  it('holds countries once each, by their ISO code, with a name', () => {
    const codes = CRISIS_PLACES.map((place) => place.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const place of CRISIS_PLACES) {
      expect(place.code, place.name).toMatch(/^[A-Z]{2}$/);
      expect(place.name.trim(), place.code).not.toBe('');
    }
    // Lines only for countries held, so each has its emergency numbers on the first screen.
    for (const code of Object.keys(CRISIS_LINES)) expect(crisisCountry(code), code).toBeDefined();
  });

  it('has crisis lines for at least 40 countries', () => {
    const withLines = CRISIS_PLACES.filter((place) => (CRISIS_LINES[place.code] ?? []).length > 0);
    expect(withLines.length).toBeGreaterThanOrEqual(40);
  });

  it('gives every country a dialable emergency number', () => {
    for (const place of CRISIS_PLACES) {
      expect(place.emergency.length, place.name).toBeGreaterThan(0);
      for (const line of place.emergency) {
        expect(line.name.trim(), place.name).not.toBe('');
        expect(line.detail.trim(), place.name).not.toBe('');
        expect(line.call, place.name).toMatch(/^\d+$/);
      }
    }
  });

  it('gives every line a name, words about it and a dialable number', () => {
    for (const [code, line] of allLines()) {
      const where = `${code}: ${line.name}`;
      expect(line.name.trim(), where).not.toBe('');
      expect(line.detail.trim(), where).not.toBe('');
      expect(line.call ?? line.text, where).toBeTruthy();
      // Digits, spaces and dashes; a + or * only at the start.
      if (line.call) expect(line.call, where).toMatch(/^[+*]?\d[\d -]*\d$/);
      if (line.text) expect(line.text.number, where).toMatch(/^\d[\d ]*\d$/);
    }
  });

  it('holds each number the error screens show first for every country their words name', () => {
    for (const [number, codes] of Object.entries(COMMON_EMERGENCY)) {
      for (const code of codes) {
        const calls = crisisCountry(code)?.emergency.map((line) => line.call);
        expect(calls, `${number} in ${code}`).toContain(number);
      }
    }
  });

  it('has no number twice within a country', () => {
    for (const place of CRISIS_PLACES) {
      const lines = CRISIS_LINES[place.code] ?? [];
      const numbers = [
        ...place.emergency.map((line) => `call ${line.call}`),
        ...lines.flatMap((line) => [
          ...(line.call ? [`call ${line.call.replace(/\D/g, '')}`] : []),
          ...(line.text ? [`text ${line.text.number.replace(/\D/g, '')}`] : []),
        ]),
      ];
      expect(new Set(numbers).size, place.name).toBe(numbers.length);
    }
  });

  it('keeps the lines it has always shipped', () => {
    const calls = (code: string) => [
      ...crisisCountry(code)!.emergency.map((line) => line.call),
      ...(CRISIS_LINES[code] ?? []).map((line) => line.call),
    ];
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

  it('finds a country by its code and lists them by name', () => {
    expect(crisisCountry('br')?.name).toBe('Brazil');
    expect(crisisCountry('XX')).toBeUndefined();
    expect(countriesByName().map((place) => place.name)).toEqual(
      CRISIS_PLACES.map((place) => place.name).sort((a, b) => a.localeCompare(b, 'en')),
    );
  });
});

describe('the sources of the crisis numbers (docs/crisis-line-sources.json)', () => {
  it('give every number held its page and the day it was checked, and nothing else', () => {
    expect(sourceProblems(CRISIS_PLACES, CRISIS_LINES, readSources())).toEqual([]);
  });

  it('fail for a line added without a source', () => {
    const lines = {
      ...CRISIS_LINES,
      GB: [
        ...(CRISIS_LINES.GB ?? []),
        { name: 'A new line', detail: 'New.', call: '0800 000 000' },
      ],
    };
    expect(sourceProblems(CRISIS_PLACES, lines, readSources())).toEqual([
      'GB 0800 000 000: no source',
    ]);
  });

  it('fail for an emergency number without a source', () => {
    const places = CRISIS_PLACES.map((place) =>
      place.code === 'JP'
        ? { ...place, emergency: [...place.emergency, { name: 'Police', detail: '', call: '110' }] }
        : place,
    );
    expect(sourceProblems(places, CRISIS_LINES, readSources())).toEqual(['JP 110: no source']);
  });

  it('fail for a source naming a number, or a country, the app no longer holds', () => {
    const sources = readSources();
    const stale = {
      ...sources,
      US: {
        ...sources.US,
        '1-800-273-8255': { source: 'https://example.org/', checked: '2020-01-01' },
      },
      XX: {},
    };
    expect(sourceProblems(CRISIS_PLACES, CRISIS_LINES, stale)).toEqual([
      'US 1-800-273-8255: not in the app',
      'XX: not in the app',
    ]);
  });

  it('refuses a source that is not a web page or a day that is not a day', () => {
    const file = JSON.parse(readFileSync(SOURCES_FILE, 'utf8')) as {
      countries: Record<string, Record<string, { source: string; checked: string }>>;
    };
    const uk = file.countries.GB!;
    const wrongPage = {
      ...file,
      countries: { GB: { ...uk, '999': { source: 'samaritans', checked: '2026-12-01' } } },
    };
    expect(() => v.parse(SourcesFile, wrongPage)).toThrow();
    const wrongDay = {
      ...file,
      countries: {
        GB: { ...uk, '999': { source: 'https://example.org/', checked: '2026-13-45' } },
      },
    };
    expect(() => v.parse(SourcesFile, wrongDay)).toThrow();
  });

  it('are not in the app: the data modules name no web origin', () => {
    for (const file of ['crisisLinePlaces.ts', 'crisisLineCountries.ts', 'crisisLines.ts']) {
      const text = readFileSync(
        new URL(`../../src/features/safety/${file}`, import.meta.url),
        'utf8',
      );
      expect(text, file).not.toMatch(/https?:\/\//);
    }
  });
});
