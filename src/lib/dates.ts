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

// The shapes dates are written in, each made into a formatter once per language: making one
// costs far more than using it (the journal list writes a date on every row). The very first
// one made on a page also starts the browser's date data, about 40 ms of the thread here (so 4×
// that on a slow phone): a tiny worker the page starts before the app's code arrives starts it
// off this thread (public/warm-dates.js).
const SHAPES = {
  weekdayAndDate: { weekday: 'long', day: 'numeric', month: 'long' },
  weekday: { weekday: 'long' },
  fullDate: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  date: { day: 'numeric', month: 'long', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
type Shape = keyof typeof SHAPES;

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(shape: Shape): Intl.DateTimeFormat {
  const key = `${tag} ${shape}`;
  let made = formats.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(tag, SHAPES[shape]);
    formats.set(key, made);
  }
  return made;
}

const write = (time: number | Date, shape: Shape) => formatter(shape).format(time);

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The local calendar day a moment falls on, as the `day` key stored beside records. */
export function dayKey(time: number | Date): string {
  const date = new Date(time);
  // format(time, 'yyyy-MM-dd')
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Tuesday 1 December" (format(time, 'EEEE d MMMM')), "martes, 1 de diciembre". */
export function weekdayAndDate(time: number | Date): string {
  return write(time, 'weekdayAndDate');
}

/** "7 May 2026", "7 de mayo de 2026". */
export function dayMonthYear(time: number | Date): string {
  return write(time, 'date');
}

/** A weekday's name, 0 Sunday … 6 Saturday ("Tuesday", "martes"). */
export function weekdayName(weekday: number): string {
  // 1 January 2023 was a Sunday.
  return write(new Date(2023, 0, 1 + weekday), 'weekday');
}

/** "Today", "Yesterday", or a plain date, for headings and list rows. */
export function friendlyDay(time: number): string {
  if (isToday(time)) return near[0]!;
  if (isYesterday(time)) return near[1]!;
  // format(time, 'EEEE, d MMMM yyyy') in English
  return write(time, 'fullDate');
}

/** format(time, 'HH:mm') */
export function timeOfDay(time: number): string {
  const date = new Date(time);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
