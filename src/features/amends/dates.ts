import { useLanguageStore } from '../../core/i18n/language';
import { weekdayAndDate } from '../../lib/dates';

// One formatter per language: making one costs far more than using it (lib/dates.ts), and the
// letters list writes a date on every row.
const longDates = new Map<string, Intl.DateTimeFormat>();

/** "7 May 2026", "7 de mayo de 2026": the date a letter was sealed or released, a status chosen,
 * in the person's language (English in en-GB's order, as before). */
export function longDate(time: number): string {
  const language = useLanguageStore.getState().language;
  let format = longDates.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    longDates.set(language, format);
  }
  return format.format(time);
}

/** "Tuesday 2 June", "martes, 2 de junio" for a check-in's day key (yyyy-MM-dd), read as a local
 * date. */
export function dayLabel(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return weekdayAndDate(new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1));
}
