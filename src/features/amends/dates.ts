import { format } from 'date-fns';

/** "7 May 2026": the date a letter was sealed or released, a status chosen, a check-in kept. */
export function longDate(time: number): string {
  return format(time, 'd MMMM yyyy');
}

/** "Tuesday 2 June" for a check-in's day key (yyyy-MM-dd), read as a local date. */
export function dayLabel(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return format(new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1), 'EEEE d MMMM');
}
