import { dayMonthYear, weekdayAndDate } from '../../lib/dates';

/** "7 May 2026", "7 de mayo de 2026": the date a letter was sealed or released, a status chosen,
 * in the person's language (English in en-GB's order, as before). */
export const longDate = (time: number): string => dayMonthYear(time);

/** "Tuesday 2 June", "martes, 2 de junio" for a check-in's day key (yyyy-MM-dd), read as a local
 * date. */
export function dayLabel(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return weekdayAndDate(new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1));
}
