import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bucketFor,
  computeTrends,
  listNames,
  mostNamed,
  rangeDays,
  summarizeTrends,
  type TrendInput,
} from '../../src/features/inventory/trends';
import { FAMILIES, FEELINGS } from '../../src/features/inventory/vocabulary';

const inv = (day: string, ...feelings: [string, number | undefined][]): TrendInput => ({
  day,
  feelings: feelings.map(([feelingId, intensity]) =>
    intensity === undefined ? { feelingId } : { feelingId, intensity },
  ),
});

describe('trends', () => {
  it('gives the first and last day of a range that ends today', () => {
    const now = new Date(2026, 2, 30, 9, 0).getTime();
    expect(rangeDays('30-days', now)).toEqual({ fromDay: '2026-03-01', toDay: '2026-03-30' });
    expect(rangeDays('year', now)).toEqual({ fromDay: '2025-03-31', toDay: '2026-03-30' });
  });

  it('counts feelings by family with their mean and strong share, most named first', () => {
    const trends = computeTrends(
      [
        inv('2026-03-02', ['afraid', 7], ['angry', 3]),
        inv('2026-03-03', ['dread', 8], ['worried', 4]),
        inv('2026-03-10', ['terrified', 9]),
        // Outside the range: left out.
        inv('2026-02-27', ['angry', 10]),
      ],
      { fromDay: '2026-03-01', toDay: '2026-03-30', bucket: 'week' },
    );
    expect(trends.inventories).toBe(3);
    expect(trends.named).toBe(5);
    expect(trends.families[0]).toEqual({
      key: 'fear',
      name: 'Fear',
      tone: 'painful',
      count: 4,
      average: 7,
      rated: 4,
      strong: 3,
      words: ['afraid', 'dread', 'terrified', 'worried'],
      // Named in three inventories: two words in one sitting count as one inventory with fear.
      inventories: 3,
      byPeriod: [0, 2, 1, 0, 0, 0],
      // In every inventory, early and late: it neither grew nor eased.
      change: 'steady',
    });
    expect(trends.families[1]).toMatchObject({ key: 'anger', count: 1, average: 3, strong: 0 });
    expect(summarizeTrends(trends, 'In the last 30 days')).toBe(
      'In the last 30 days you finished 3 inventories. Of the painful feelings, you named fear ' +
        'most, 4 times. From the earlier weeks to the later ones, your feelings came up about as ' +
        'often as before.',
    );
  });

  it('leaves a strength never set out of every average, never as a middle 5', () => {
    const trends = computeTrends(
      [
        inv('2026-03-02', ['afraid', 9], ['dread', undefined]),
        inv('2026-03-03', ['sad', undefined]),
      ],
      { fromDay: '2026-03-01', toDay: '2026-03-30', bucket: 'week' },
    );
    expect(trends.named).toBe(3);
    expect(trends.families[0]).toMatchObject({ key: 'fear', count: 2, rated: 1, average: 9 });
    expect(trends.families[1]).toMatchObject({ key: 'sadness', count: 1, rated: 0, average: null });
    const onlyUnset = computeTrends([inv('2026-03-03', ['sad', undefined])], {
      fromDay: '2026-03-01',
      toDay: '2026-03-30',
      bucket: 'week',
    });
    expect(onlyUnset.families[0]).toMatchObject({ average: null, rated: 0, strong: 0 });
  });

  it('lays out every week of the range, empty ones too, Monday first', () => {
    const trends = computeTrends(
      [inv('2026-03-02', ['sad', 2], ['calm', 5]), inv('2026-03-15', ['sad', 6])],
      { fromDay: '2026-03-01', toDay: '2026-03-30', bucket: 'week' },
    );
    expect(trends.periods.map((p) => p.start)).toEqual([
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    // 15 March is a Sunday: it belongs to the week that began on Monday 9 March.
    expect(trends.periods[2]).toMatchObject({ inventories: 1 });
    expect(trends.periods[1]).toMatchObject({
      label: 'Week of 2 Mar',
      short: '2 Mar',
      inventories: 1,
    });
    expect(trends.periods[3]).toMatchObject({ inventories: 0 });
    expect(trends.families.find((f) => f.key === 'sadness')?.byPeriod).toEqual([0, 1, 1, 0, 0, 0]);
    expect(trends.families.find((f) => f.key === 'calm')?.byPeriod).toEqual([0, 1, 0, 0, 0, 0]);
  });

  it('groups by month across a year', () => {
    const trends = computeTrends([inv('2025-12-31', ['sad', 2]), inv('2026-01-01', ['sad', 4])], {
      fromDay: '2025-03-31',
      toDay: '2026-03-30',
      bucket: 'month',
    });
    expect(trends.periods).toHaveLength(13);
    expect(trends.periods.map((p) => p.label).slice(9, 11)).toEqual([
      'December 2025',
      'January 2026',
    ]);
    expect(trends.families[0]?.byPeriod.slice(9, 11)).toEqual([1, 1]);
  });

  it('keeps a person’s own words as their own rows and says so in the summary', () => {
    const trends = computeTrends(
      [
        {
          day: '2026-03-02',
          feelings: [{ feelingId: 'own-1', word: 'wrung out', intensity: 6 }],
        },
      ],
      { fromDay: '2026-03-01', toDay: '2026-03-30', bucket: 'month' },
    );
    expect(trends.families[0]).toMatchObject({ name: 'wrung out', count: 1 });
    expect(trends.families[0]).toMatchObject({ tone: 'own', change: null });
    expect(summarizeTrends(trends, 'In the last 30 days')).toBe(
      'In the last 30 days you finished one inventory. Of your own words, you named “wrung out” ' +
        'most, once. Once you have inventories in more than one month, this shows what grew and ' +
        'what eased.',
    );
  });

  it('says plainly when there is nothing yet', () => {
    const trends = computeTrends([], {
      fromDay: '2026-03-01',
      toDay: '2026-03-30',
      bucket: 'week',
    });
    expect(summarizeTrends(trends, 'In the last 30 days')).toBe(
      'In the last 30 days there is no finished inventory yet. Once you finish one, it shows here.',
    );
  });

  it('names every family tied for most, and keeps pleasant feelings in a sentence of their own', () => {
    const trends = computeTrends(
      [
        inv('2026-03-02', ['angry', 4], ['afraid', 4]),
        inv('2026-03-03', ['sad', 4], ['calm', 4]),
        inv('2026-03-04', ['furious', 4], ['worried', 4], ['hurt', 4]),
      ],
      { fromDay: '2026-03-01', toDay: '2026-03-30', bucket: 'week' },
    );
    expect(mostNamed(trends, 'painful').map((f) => f.key)).toEqual(['anger', 'fear', 'sadness']);
    expect(mostNamed(trends, 'pleasant').map((f) => f.key)).toEqual(['calm']);
    expect(summarizeTrends(trends, 'In the last 30 days')).toBe(
      'In the last 30 days you finished 3 inventories. Of the painful feelings, you named ' +
        'anger, fear as well as sadness and grief most, 2 times each. Of the pleasant ones, you ' +
        'named calm most, once. Once you have inventories in more than one week, this shows what ' +
        'grew and what eased.',
    );
  });

  it('shows a month of fear turning into gratitude, and says what grew and what eased', () => {
    const trends = computeTrends(
      [
        inv('2026-03-02', ['afraid', 7]),
        inv('2026-03-04', ['dread', undefined]),
        inv('2026-03-10', ['worried', 5], ['grateful', 3]),
        inv('2026-03-17', ['grateful', 6]),
        inv('2026-03-24', ['thankful', 7], ['hopeful', 5]),
        inv('2026-03-25', ['hopeful', 6]),
      ],
      { fromDay: '2026-03-01', toDay: '2026-03-30', bucket: 'week' },
    );
    const family = (key: string) => trends.families.find((f) => f.key === key);
    expect(family('fear')).toMatchObject({ byPeriod: [0, 2, 1, 0, 0, 0], change: 'eased' });
    expect(family('gratitude')).toMatchObject({ byPeriod: [0, 0, 1, 1, 1, 0], change: 'grew' });
    expect(family('hope')).toMatchObject({ byPeriod: [0, 0, 0, 0, 2, 0], change: 'grew' });
    expect(summarizeTrends(trends, 'In the last 30 days')).toBe(
      'In the last 30 days you finished 6 inventories. Of the painful feelings, you named fear ' +
        'most, 3 times. Of the pleasant ones, you named gratitude most, 3 times. Gratitude and ' +
        'hope grew: they came up more often lately. Fear eased: it came up less often lately.',
    );
  });

  it('meets a painful feeling that grew gently, and a pleasant one that eased without judging', () => {
    const trends = computeTrends(
      [
        inv('2026-03-02', ['calm', 6]),
        inv('2026-03-09', ['calm', 5]),
        inv('2026-03-23', ['lonely', 7]),
        inv('2026-03-30', ['lonely', 8]),
      ],
      { fromDay: '2026-03-01', toDay: '2026-03-30', bucket: 'week' },
    );
    expect(summarizeTrends(trends, 'In the last 30 days')).toContain(
      'Loneliness came up more often lately. You can go gently with yourself. Calm came up less ' +
        'often lately.',
    );
  });

  it('uses weeks for a month or a season and months for a year', () => {
    expect(bucketFor('30-days')).toBe('week');
    expect(bucketFor('3-months')).toBe('week');
    expect(bucketFor('year')).toBe('month');
  });

  it('joins names so that two families never read as three', () => {
    expect(listNames(['fear'])).toBe('fear');
    expect(listNames(['fear', 'anger'])).toBe('fear and anger');
    expect(listNames(['fear', 'sadness and grief'])).toBe('fear as well as sadness and grief');
  });
});

const DAYS = { fromDay: '2026-03-01', toDay: '2026-03-30', bucket: 'week' as const };
const PLEASANT = new Set(FAMILIES.filter((f) => f.comfortable).map((f) => f.id));
const familyName = (id: string) => FAMILIES.find((f) => f.id === id)!.name.toLocaleLowerCase();

const arbInventories = fc.array(
  fc.record({
    day: fc.integer({ min: 1, max: 30 }).map((d) => `2026-03-${String(d).padStart(2, '0')}`),
    feelings: fc.array(
      fc.record(
        {
          feelingId: fc.constantFrom(...FEELINGS.map((f) => f.id)),
          intensity: fc.integer({ min: 0, max: 10 }),
        },
        { requiredKeys: ['feelingId'] },
      ),
      { minLength: 1, maxLength: 5 },
    ),
  }),
  { maxLength: 25 },
);

/** The list of names in the summary's sentence for one tone, or null when it has none. */
function sentenceNames(summary: string, lead: string): string | null {
  return new RegExp(`${lead}, you named (.*?) most,`).exec(summary)?.[1] ?? null;
}

describe('trends, for any inventories', () => {
  it('names every family tied for most, painful and pleasant never in one sentence', () => {
    fc.assert(
      fc.property(arbInventories, (inventories) => {
        const trends = computeTrends(inventories, DAYS);
        const summary = summarizeTrends(trends, 'In the last 30 days');
        for (const [tone, lead, other] of [
          ['painful', 'Of the painful feelings', 'pleasant'],
          ['pleasant', 'Of the pleasant ones', 'painful'],
        ] as const) {
          const ofTone = trends.families.filter((f) => f.tone === tone);
          const most = Math.max(0, ...ofTone.map((f) => f.count));
          const tied = ofTone.filter((f) => f.count === most).map((f) => f.key);
          expect(mostNamed(trends, tone).map((f) => f.key)).toEqual(tied);
          const names = sentenceNames(summary, lead);
          if (tied.length === 0) {
            expect(names).toBeNull();
            continue;
          }
          expect(listNames(tied.map(familyName))).toBe(names);
          for (const family of trends.families.filter((f) => f.tone === other)) {
            expect(names).not.toContain(familyName(family.key));
          }
        }
      }),
    );
  });

  it('sorts each family into pleasant or painful as the vocabulary does, and counts each inventory once per family per period', () => {
    fc.assert(
      fc.property(arbInventories, (inventories) => {
        const trends = computeTrends(inventories, DAYS);
        for (const family of trends.families) {
          expect(family.tone).toBe(PLEASANT.has(family.key) ? 'pleasant' : 'painful');
          family.byPeriod.forEach((n, i) =>
            expect(n).toBeLessThanOrEqual(trends.periods[i]!.inventories),
          );
          expect(family.byPeriod.reduce((a, b) => a + b, 0)).toBe(family.inventories);
          // An average holds only its own family's strengths, and only those that were set.
          const own = inventories.flatMap((i) =>
            i.feelings.filter(
              (f) =>
                FEELINGS.find((w) => w.id === f.feelingId)!.family === family.key &&
                f.intensity !== undefined,
            ),
          );
          const mean = own.length
            ? Math.round((own.reduce((a, f) => a + f.intensity!, 0) / own.length) * 10) / 10
            : null;
          expect(family.average).toBe(mean);
        }
        expect(trends.periods.reduce((a, p) => a + p.inventories, 0)).toBe(inventories.length);
      }),
    );
  });
});
