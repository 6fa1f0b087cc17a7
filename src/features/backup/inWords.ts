import { dayMonthYear } from '../../lib/dates';

/** A `yyyy-MM-dd` day key as the same calendar day in words ("1 December 2026", "1 de diciembre
 * de 2026"), whatever the time zone; anything else stays as it is. Numbers, lists and dates are
 * written by lib/words.ts and lib/dates.ts, in the language of the moment. */
export function dayInWords(day: unknown): string {
  const match = typeof day === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!match) return String(day);
  return dayMonthYear(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
