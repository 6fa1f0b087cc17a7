import {
  addMonths,
  eachDayOfInterval,
  endOfMonth,
  endOfWeek,
  format,
  isSameMonth,
  parseISO,
  startOfMonth,
  startOfWeek,
} from 'date-fns';
import { useDateFnsLocale } from '../../core/i18n/dateFnsLocale';
import { t, useLanguage, useT, type Language } from '../../core/i18n/language';
import { dayKey } from '../../lib/dates';

// Spanish puts "de" between a day, its month and the year ("diciembre de 2026").
const MONTH_YEAR: Record<Language, string> = { en: 'MMMM yyyy', es: "LLLL 'de' yyyy" };
const DAY_MONTH: Record<Language, string> = { en: 'd MMMM', es: "d 'de' MMMM" };

interface Props {
  /** First day of the month shown, yyyy-MM-dd. */
  month: string;
  counts: Map<string, number>;
  /** Days with a daily check-in. */
  checkins?: ReadonlySet<string>;
  selected: string | undefined;
  onSelect: (day: string | undefined) => void;
  onMonth: (month: string) => void;
}

/** A month grid that marks the days with entries; choosing a day shows that day's entries. */
export function MonthCalendar({ month, counts, checkins, selected, onSelect, onMonth }: Props) {
  const t = useT();
  const locale = useDateFnsLocale();
  const language = useLanguage();
  const first = parseISO(month);
  const days = eachDayOfInterval({
    start: startOfWeek(startOfMonth(first), { weekStartsOn: 1 }),
    end: endOfWeek(endOfMonth(first), { weekStartsOn: 1 }),
  });
  const weekdays = days.slice(0, 7).map((day) => format(day, 'EEEEEE', { locale }));
  const monthWords = format(first, MONTH_YEAR[language], { locale });
  // A heading starts with a capital in every language, though Spanish writes months in lower case.
  const title = monthWords.charAt(0).toLocaleUpperCase(language) + monthWords.slice(1);
  const go = (delta: number) => onMonth(dayKey(startOfMonth(addMonths(first, delta)).getTime()));

  return (
    <div className="journal-calendar">
      <div className="journal-calendar__head">
        <button type="button" className="button button--quiet" onClick={() => go(-1)}>
          <span aria-hidden="true">‹</span>
          <span className="visually-hidden">{t('Previous month')}</span>
        </button>
        <h2 className="journal-calendar__title" aria-live="polite">
          {title}
        </h2>
        <button type="button" className="button button--quiet" onClick={() => go(1)}>
          <span aria-hidden="true">›</span>
          <span className="visually-hidden">{t('Next month')}</span>
        </button>
      </div>
      <div
        className="journal-calendar__grid"
        role="group"
        aria-label={t('Days of {month}', { month: title })}
      >
        {weekdays.map((weekday, index) => (
          <span key={index} className="journal-calendar__weekday" aria-hidden="true">
            {weekday}
          </span>
        ))}
        {days.map((day) => {
          const key = dayKey(day.getTime());
          const count = counts.get(key) ?? 0;
          const inMonth = isSameMonth(day, first);
          if (!inMonth) return <span key={key} className="journal-calendar__blank" />;
          const checkedIn = checkins?.has(key) ?? false;
          const label = dayLabel(format(day, DAY_MONTH[language], { locale }), count, checkedIn);
          return (
            <button
              key={key}
              type="button"
              className="journal-calendar__day"
              data-has-entries={count > 0 || checkedIn || undefined}
              aria-pressed={selected === key}
              aria-label={label}
              disabled={count === 0 && !checkedIn}
              onClick={() => onSelect(selected === key ? undefined : key)}
            >
              {format(day, 'd')}
              {checkedIn && (
                <span className="journal-calendar__checkin" aria-hidden="true">
                  ✓
                </span>
              )}
            </button>
          );
        })}
      </div>
    </div>
  );
}

/** "10 December, 1 entry, checked in": whole phrases, so each language orders its own. */
function dayLabel(date: string, count: number, checkedIn: boolean): string {
  if (checkedIn) {
    if (count === 0) return t('{date}, no entries, checked in', { date });
    if (count === 1) return t('{date}, 1 entry, checked in', { date });
    return t('{date}, {count} entries, checked in', { date, count });
  }
  if (count === 0) return t('{date}, no entries', { date });
  if (count === 1) return t('{date}, 1 entry', { date });
  return t('{date}, {count} entries', { date, count });
}
