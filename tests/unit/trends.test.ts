import { describe, expect, it } from 'vitest';
import {
  computeTrends,
  rangeDays,
  summarizeTrends,
  type TrendInput,
} from '../../src/features/inventory/trends';

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
      count: 4,
      average: 7,
      rated: 4,
      strong: 3,
      words: ['afraid', 'dread', 'terrified', 'worried'],
    });
    expect(trends.families[1]).toMatchObject({ key: 'anger', count: 1, average: 3, strong: 0 });
    expect(summarizeTrends(trends, 'In the last 30 days')).toBe(
      'In the last 30 days you named fear 4 times, mostly at 6 or more.',
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
    expect(trends.periods.find((p) => p.named > 0)).toMatchObject({ named: 3, average: 9 });
    const onlyUnset = computeTrends([inv('2026-03-03', ['sad', undefined])], {
      fromDay: '2026-03-01',
      toDay: '2026-03-30',
      bucket: 'week',
    });
    expect(summarizeTrends(onlyUnset, 'In the last 30 days')).toBe(
      'In the last 30 days you named sadness and grief once, with no strength set.',
    );
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
    expect(trends.periods[2]).toMatchObject({ inventories: 1, named: 1, average: 6 });
    expect(trends.periods[1]).toMatchObject({
      label: 'Week of 2 Mar',
      inventories: 1,
      named: 2,
      average: 3.5,
    });
    expect(trends.periods[3]).toMatchObject({ inventories: 0, named: 0, average: null });
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
    expect(summarizeTrends(trends, 'In the last 12 months')).toBe(
      'In the last 12 months you named sadness and grief 2 times, mostly below 6.',
    );
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
    expect(summarizeTrends(trends, 'In the last 30 days')).toBe(
      'In the last 30 days you named “wrung out” once, at 6.',
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
});
