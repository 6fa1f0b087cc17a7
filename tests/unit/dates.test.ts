import { format, isToday, isYesterday, subDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { dayKey, friendlyDay, timeOfDay, weekdayAndDate } from '../../src/lib/dates';

// src/lib/dates.ts writes its few date shapes with the browser's Intl (or by hand) to keep
// date-fns's locale out of the first screen; these are the `format` patterns it replaced, checked
// over three decades of moments. The step (five days, an hour and a minute) walks through every
// weekday, month and hour; a smaller one took most of 15 s on a busy machine, as each Intl date
// format is built anew.
describe('dates written without date-fns', () => {
  it('match date-fns format for every shape, every day of the week and month', () => {
    for (let t = Date.UTC(1999, 0, 1); t < Date.UTC(2031, 0, 1); t += 121 * 3_600_000 + 61_000) {
      expect(dayKey(t)).toBe(format(t, 'yyyy-MM-dd'));
      expect(weekdayAndDate(t)).toBe(format(t, 'EEEE d MMMM'));
      expect(timeOfDay(t)).toBe(format(t, 'HH:mm'));
      if (!isToday(t) && !isYesterday(t)) {
        expect(friendlyDay(t)).toBe(format(t, 'EEEE, d MMMM yyyy'));
      }
    }
  });

  it('says Today and Yesterday for those days', () => {
    const now = Date.now();
    expect(friendlyDay(now)).toBe('Today');
    expect(friendlyDay(subDays(now, 1).getTime())).toBe('Yesterday');
  });
});
