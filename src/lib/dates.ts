import { isToday, isYesterday } from 'date-fns';

// Dates are written by the browser's own Intl in the person's language: date-fns's `format`
// would bring its whole English locale and token parser (about 6 KB gzip) into the first screen's
// code for these few shapes. English is en-GB's order ("Tuesday 1 December"), as before.
let tag = 'en-GB';
let near = ['Today', 'Yesterday'];

/** For the language switch (core/i18n): the language dates are written in from now on, and its
 * words for today and yesterday. (Screens that format with date-fns take its locale from
 * core/i18n/dateFnsLocale.ts.) */
export function setDateLanguage(language: string, words: string[]): void {
  tag = language === 'en' ? 'en-GB' : language;
  near = words;
}

const write = (time: number | Date, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(tag, options).format(time);

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The local calendar day a moment falls on, as the `day` key stored beside records. */
export function dayKey(time: number | Date): string {
  const date = new Date(time);
  // format(time, 'yyyy-MM-dd')
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Tuesday 1 December" (format(time, 'EEEE d MMMM')), "martes, 1 de diciembre". */
export function weekdayAndDate(time: number | Date): string {
  return write(time, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** A weekday's name, 0 Sunday … 6 Saturday ("Tuesday", "martes"). */
export function weekdayName(weekday: number): string {
  // 1 January 2023 was a Sunday.
  return write(new Date(2023, 0, 1 + weekday), { weekday: 'long' });
}

/** "Today", "Yesterday", or a plain date, for headings and list rows. */
export function friendlyDay(time: number): string {
  if (isToday(time)) return near[0]!;
  if (isYesterday(time)) return near[1]!;
  // format(time, 'EEEE, d MMMM yyyy') in English
  return write(time, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** format(time, 'HH:mm') */
export function timeOfDay(time: number): string {
  const date = new Date(time);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
