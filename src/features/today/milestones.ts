import { addDays, addMonths, addYears } from 'date-fns';
import { t } from '../../core/i18n/language';
import { dayKey } from '../../lib/dates';
import { dayStart } from './dayInput';

export interface Milestone {
  label: string;
  /** The day it was reached (yyyy-MM-dd). */
  day: string;
}

const DAYS = [1, 7, 30, 60, 90] as const;

/**
 * The gentle marks reached from `start` up to `today`, oldest first: 1, 7, 30, 60 and 90 days,
 * 6 and 9 months, then each year. They follow the calendar from the start date, not the total,
 * so a slip (which takes its own day from the total) never takes a mark away. Only marks already
 * reached are returned: nothing here counts down to the next one.
 */
export function milestonesReached(start: string, today: string): Milestone[] {
  if (start > today) return [];
  const from = dayStart(start);
  const marks: Milestone[] = DAYS.map((n) => ({
    label: n === 1 ? t('1 day') : t('{count} days', { count: n }),
    // The start day is day 1, as in the count.
    day: dayKey(addDays(from, n - 1)),
  }));
  marks.push({ label: t('{count} months', { count: 6 }), day: dayKey(addMonths(from, 6)) });
  marks.push({ label: t('{count} months', { count: 9 }), day: dayKey(addMonths(from, 9)) });
  for (let year = 1; ; year += 1) {
    const day = dayKey(addYears(from, year));
    if (day > today) break;
    marks.push({ label: year === 1 ? t('1 year') : t('{count} years', { count: year }), day });
  }
  return marks.filter((mark) => mark.day <= today);
}
