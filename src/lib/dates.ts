import { format, isToday, isYesterday } from 'date-fns';

/** The local calendar day a moment falls on, as the `day` key stored beside records. */
export function dayKey(time: number): string {
  return format(time, 'yyyy-MM-dd');
}

/** "Today", "Yesterday", or a plain date, for headings and list rows. */
export function friendlyDay(time: number): string {
  if (isToday(time)) return 'Today';
  if (isYesterday(time)) return 'Yesterday';
  return format(time, 'EEEE, d MMMM yyyy');
}

export function timeOfDay(time: number): string {
  return format(time, 'HH:mm');
}
