import { beforeEach, describe, expect, it } from 'vitest';
import { saveEntry } from '../../src/features/journal/journalRepo';
import { dayAYearBefore, listYearAgoEntries } from '../../src/features/today/onThisDayRepo';
import { freshVault } from '../helpers/freshVault';

describe('on this day', () => {
  beforeEach(freshVault);

  it('finds the same date a year before, and the 28th for a 29 February', () => {
    expect(dayAYearBefore('2026-12-01')).toBe('2025-12-01');
    expect(dayAYearBefore('2028-02-29')).toBe('2027-02-28');
    expect(dayAYearBefore('2027-01-01')).toBe('2026-01-01');
  });

  it('gives labels only when words may show, oldest first, at most three', async () => {
    const now = new Date(2026, 11, 1, 20, 0).getTime();
    for (let i = 0; i < 4; i += 1) {
      await saveEntry(
        { id: `e${i}`, title: '', body: `Morning number ${i} by the sea`, day: '2025-12-01' },
        now + i,
      );
    }
    await saveEntry({ id: 'other', body: 'The day after.', day: '2025-12-02' }, now);
    const hidden = await listYearAgoEntries('2026-12-01', false);
    expect(hidden.map((e) => e.id)).toEqual(['e0', 'e1', 'e2']);
    expect(hidden.every((e) => e.label === undefined)).toBe(true);
    const shown = await listYearAgoEntries('2026-12-01', true);
    expect(shown[0]?.label).toBe('Morning number 0 by the sea');
  });
});
