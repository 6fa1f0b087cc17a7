import { addDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayKey } from '../../src/lib/dates';
import {
  CRAVING_GAP,
  lookBack,
  lookBackDays,
  MIN_DAYS_EACH_SIDE,
  namedTriggers,
  summarizeLookBack,
  type LookBackInput,
} from '../../src/features/today/lookingBack';

const TODAY = '2026-12-01'; // a Tuesday

const noHalt = { hungry: false, angry: false, lonely: false, tired: false };

/** A check-in `back` days before TODAY. */
function checkin(back: number, parts: Partial<LookBackInput> = {}): LookBackInput {
  return {
    day: dayKey(addDays(new Date(2026, 11, 1), -back)),
    halt: { ...noHalt, ...parts.halt },
    triggers: parts.triggers ?? '',
    ...(parts.mood !== undefined && { mood: parts.mood }),
    ...(parts.craving !== undefined && { craving: parts.craving }),
  };
}

describe('looking back on check-ins', () => {
  it('covers whole weeks or months, the current one last', () => {
    expect(lookBackDays('4-weeks', TODAY)).toEqual({ fromDay: '2026-11-09', toDay: TODAY });
    expect(lookBackDays('3-months', TODAY)).toEqual({ fromDay: '2026-09-07', toDay: TODAY });
    expect(lookBackDays('12-months', TODAY)).toEqual({ fromDay: '2026-01-01', toDay: TODAY });
    const look = lookBack([], '12-months', TODAY);
    expect(look.periods.map((p) => p.label)).toEqual([
      'January 2026',
      'February 2026',
      'March 2026',
      'April 2026',
      'May 2026',
      'June 2026',
      'July 2026',
      'August 2026',
      'September 2026',
      'October 2026',
      'November 2026',
      'December 2026',
    ]);
  });

  it('averages mood and cravings by week and counts HALT marks and named triggers', () => {
    const look = lookBack(
      [
        checkin(0, { mood: 4, craving: 2, halt: { ...noHalt, tired: true } }),
        checkin(1, {
          mood: 2,
          craving: 7,
          triggers: 'Payday, my ex',
          halt: { ...noHalt, tired: true, lonely: true },
        }),
        checkin(8, { mood: 3, triggers: 'payday.\nthe pub;  ' }),
        // Before the range: left out of everything.
        checkin(40, { mood: 1, craving: 10, triggers: 'payday' }),
      ],
      '4-weeks',
      TODAY,
    );
    expect(look.days).toBe(3);
    expect(look.mood).toBe(3);
    expect(look.craving).toBe(4.5);
    expect(look.halt).toEqual({ hungry: 0, angry: 0, lonely: 1, tired: 2 });
    expect(look.periods).toHaveLength(4);
    const thisWeek = look.periods[3]!;
    expect(thisWeek).toMatchObject({ label: 'Week of 30 Nov', days: 2, mood: 3, craving: 4.5 });
    expect(thisWeek.halt.tired).toBe(2);
    expect(look.periods[2]).toMatchObject({ days: 1, mood: 3, craving: null });
    expect(look.periods[0]).toMatchObject({ days: 0, mood: null, craving: null });
    expect(look.triggers).toEqual([
      // As first written in the range (the older day), whatever its case later.
      { name: 'payday', days: 2 },
      { name: 'my ex', days: 1 },
      { name: 'the pub', days: 1 },
    ]);
    expect(look.observations).toEqual([]);
    expect(summarizeLookBack(look, 'Over the last 4 weeks')).toBe(
      'Over the last 4 weeks you checked in on 3 days. Mood averaged 3 of 5. Cravings averaged 4.5 of 10.',
    );
  });

  it('reads names from the triggers box once a day, without sentences', () => {
    expect(namedTriggers('Payday, payday; PAYDAY!\n\n , ')).toEqual([
      { key: 'payday', name: 'Payday' },
    ]);
    expect(namedTriggers('a'.repeat(61))).toEqual([]);
  });

  it('says cravings were higher on tired days only with enough days on each side', () => {
    const days = (n: number, from: number, parts: Partial<LookBackInput>) =>
      Array.from({ length: n }, (_, i) => checkin(from + i, parts));
    const tired = { ...noHalt, tired: true };
    const enough = [
      ...days(MIN_DAYS_EACH_SIDE, 0, { craving: 6, halt: tired }),
      ...days(MIN_DAYS_EACH_SIDE, 10, { craving: 3 }),
    ];
    expect(lookBack(enough, '4-weeks', TODAY).observations).toContain(
      'Cravings were higher on days you marked tired.',
    );
    // One day fewer on the tired side: nothing is said.
    const fewer = enough.slice(1);
    expect(lookBack(fewer, '4-weeks', TODAY).observations).toEqual([]);
    // A small difference is not a pattern.
    const close = [
      ...days(MIN_DAYS_EACH_SIDE, 0, { craving: 4, halt: tired }),
      ...days(MIN_DAYS_EACH_SIDE, 10, { craving: 3 }),
    ];
    expect(lookBack(close, '4-weeks', TODAY).observations).toEqual([]);
  });

  it('names lower mood with the HALT marks and the later part of the range', () => {
    const lonely = { ...noHalt, lonely: true, hungry: true };
    const look = lookBack(
      [
        ...Array.from({ length: 6 }, (_, i) => checkin(i, { mood: 2, craving: 1, halt: lonely })),
        ...Array.from({ length: 6 }, (_, i) => checkin(12 + i, { mood: 4, craving: 6 })),
      ],
      '4-weeks',
      TODAY,
    );
    expect(look.observations).toEqual([
      'Your mood was lower on days you marked hungry or lonely.',
      'Cravings were lower in the more recent part of this time than in the earlier part.',
    ]);
  });

  const arbitraryCheckins = fc.uniqueArray(
    fc.record({
      back: fc.integer({ min: 0, max: 400 }),
      mood: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      craving: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      halt: fc.record({
        hungry: fc.boolean(),
        angry: fc.boolean(),
        lonely: fc.boolean(),
        tired: fc.boolean(),
      }),
      triggers: fc.constantFrom('', 'payday', 'work, home', 'the pub; payday'),
    }),
    { selector: (c) => c.back, maxLength: 80 },
  );
  const range = fc.constantFrom('4-weeks', '3-months', '12-months' as const);

  it('accounts for every day in range exactly once, with averages inside the scales', () => {
    fc.assert(
      fc.property(arbitraryCheckins, range, (raw, chosen) => {
        const inputs = raw.map(({ back, ...parts }) => checkin(back, parts));
        const look = lookBack(inputs, chosen, TODAY);
        const inRange = inputs.filter((c) => c.day >= look.fromDay && c.day <= TODAY);
        expect(look.days).toBe(inRange.length);
        expect(look.periods.reduce((sum, p) => sum + p.days, 0)).toBe(look.days);
        for (const p of look.periods) {
          if (p.mood !== null) expect(p.mood).toBeGreaterThanOrEqual(1);
          if (p.mood !== null) expect(p.mood).toBeLessThanOrEqual(5);
          if (p.craving !== null) expect(p.craving).toBeGreaterThanOrEqual(0);
          if (p.craving !== null) expect(p.craving).toBeLessThanOrEqual(10);
        }
        for (const t of look.triggers) expect(t.days).toBeLessThanOrEqual(look.days);
        expect(look.halt.tired).toBe(inRange.filter((c) => c.halt.tired).length);
      }),
    );
  });

  it('says a HALT sentence about cravings only when the days bear it out', () => {
    fc.assert(
      fc.property(arbitraryCheckins, range, (raw, chosen) => {
        const inputs = raw.map(({ back, ...parts }) => checkin(back, parts));
        const look = lookBack(inputs, chosen, TODAY);
        const inRange = inputs.filter((c) => c.day >= look.fromDay && c.day <= TODAY);
        if (inRange.length < 2 * MIN_DAYS_EACH_SIDE) expect(look.observations).toEqual([]);
        const line = look.observations.find((o) => o.startsWith('Cravings were higher on days'));
        const cravings = (tired: boolean) =>
          inRange.filter((c) => c.halt.tired === tired && c.craving !== undefined);
        const avg = (list: LookBackInput[]) =>
          list.reduce((s, c) => s + c.craving!, 0) / list.length;
        const shows =
          cravings(true).length >= MIN_DAYS_EACH_SIDE &&
          cravings(false).length >= MIN_DAYS_EACH_SIDE &&
          avg(cravings(true)) - avg(cravings(false)) >= CRAVING_GAP;
        expect(line?.includes('tired') ?? false).toBe(shows);
      }),
    );
  });
});
