import { describe, expect, it } from 'vitest';
import { milestonesReached } from '../../src/features/today/milestones';

const labels = (start: string, today: string) =>
  milestonesReached(start, today).map((m) => m.label);

describe('milestones', () => {
  it('reaches 1 day on the start day and 7 days on the seventh, counting the start as day 1', () => {
    expect(milestonesReached('2026-03-01', '2026-03-01')).toEqual([
      { label: '1 day', day: '2026-03-01' },
    ]);
    expect(labels('2026-03-01', '2026-03-06')).toEqual(['1 day']);
    expect(milestonesReached('2026-03-01', '2026-03-07').at(-1)).toEqual({
      label: '7 days',
      day: '2026-03-07',
    });
  });

  it('follows the calendar for months and years, and never shows what is still to come', () => {
    expect(labels('2025-01-15', '2026-01-14')).toEqual([
      '1 day',
      '7 days',
      '30 days',
      '60 days',
      '90 days',
      '6 months',
      '9 months',
    ]);
    expect(milestonesReached('2025-01-15', '2026-01-15').at(-1)).toEqual({
      label: '1 year',
      day: '2026-01-15',
    });
    expect(labels('2020-02-29', '2026-03-01').slice(-2)).toEqual(['5 years', '6 years']);
    expect(labels('2026-12-02', '2026-12-01')).toEqual([]);
  });
});
