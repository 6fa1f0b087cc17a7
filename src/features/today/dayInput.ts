import { msg, t } from '../../core/i18n/language';
import { dayKey } from '../../lib/dates';
import { TodayInputError } from './inputError';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/u;

/** True for a real calendar day written as yyyy-MM-dd (not 2026-02-30). */
export function isDayKey(value: unknown): value is string {
  if (typeof value !== 'string' || !DAY_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
}

/** The local midnight that starts a day key; only call with a valid key. */
export function dayStart(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/**
 * Checks a day a person chose and returns why it cannot be used, or undefined when it can.
 * The reason is English, marked with msg(): repositories turn it into their own error in the
 * person's language, and screens say it through `t`.
 */
function dayProblem(day: unknown, now: number): string | undefined {
  return dayProblemOn(day, dayKey(now));
}

/** The same check against a known day key for today (screens keep one with useCurrentDay). */
export function dayProblemOn(day: unknown, today: string): string | undefined {
  if (!isDayKey(day)) return msg('Choose a day from the calendar, written as year-month-day.');
  if (day > today) return msg('That day has not come yet. Choose today or a day before it.');
  return undefined;
}

export function validNow(now: unknown): number {
  if (typeof now !== 'number' || !Number.isFinite(now)) {
    throw new TodayInputError(t('A change needs a time.'));
  }
  return now;
}

/** Throws the reason a day cannot be used, or returns it checked. */
export function checkDay(day: unknown, now: number): string {
  const problem = dayProblem(day, now);
  if (problem) throw new TodayInputError(t(problem));
  return day as string;
}
