import { isToday, isYesterday } from 'date-fns';

// Written out by hand rather than with date-fns's `format`, which brings its whole English
// locale and token parser (about 6 KB gzip) into the first screen's code for these few shapes.
// The same output as the `format` patterns named beside each function.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The local calendar day a moment falls on, as the `day` key stored beside records. */
export function dayKey(time: number | Date): string {
  const date = new Date(time);
  // format(time, 'yyyy-MM-dd')
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Tuesday 1 December": format(time, 'EEEE d MMMM'). */
export function weekdayAndDate(time: number | Date): string {
  const date = new Date(time);
  return `${WEEKDAYS[date.getDay()]} ${date.getDate()} ${MONTHS[date.getMonth()]}`;
}

/** "Today", "Yesterday", or a plain date, for headings and list rows. */
export function friendlyDay(time: number): string {
  if (isToday(time)) return 'Today';
  if (isYesterday(time)) return 'Yesterday';
  // format(time, 'EEEE, d MMMM yyyy')
  const date = new Date(time);
  return `${WEEKDAYS[date.getDay()]}, ${date.getDate()} ${MONTHS[date.getMonth()]} ${pad(date.getFullYear(), 4)}`;
}

/** format(time, 'HH:mm') */
export function timeOfDay(time: number): string {
  const date = new Date(time);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
