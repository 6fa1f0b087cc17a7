import { addMonths, format, getDay, getDaysInMonth, startOfMonth } from 'date-fns';
import { useState } from 'react';
import { Link } from 'wouter';
import { useDateFnsLocale } from '../../core/i18n/dateFnsLocale';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { dayKey } from '../../lib/dates';
import { dayStart } from './dayInput';
import { useCurrentDay } from './useCurrentDay';

// A week from Monday (5 January 2026 was one), for the day names in the person's language.
const WEEK = Array.from({ length: 7 }, (_, i) => new Date(2026, 0, 5 + i));

/**
 * A month with the days that have a check-in marked by a tick and a link, so the mark never
 * rests on colour alone. Any other day up to today opens a check-in to write for it, looking
 * like a plain number: nothing is shown as missed. Days still to come are only numbers.
 */
export function CheckinCalendar({ days }: { days: ReadonlySet<string> }) {
  const t = useT();
  const locale = useDateFnsLocale();
  const today = useCurrentDay();
  const [month, setMonth] = useState(() => startOfMonth(dayStart(today)));
  const thisMonth = startOfMonth(dayStart(today));
  // Monday-first weeks: how many blank cells come before the 1st.
  const lead = (getDay(month) + 6) % 7;
  const count = getDaysInMonth(month);
  const cells: (number | null)[] = [
    ...Array<null>(lead).fill(null),
    ...Array.from({ length: count }, (_, i) => i + 1),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const title = format(month, t('MMMM yyyy'), { locale });
  const monthName = format(month, 'LLLL', { locale });

  return (
    <div className="checkin-calendar">
      <div className="checkin-calendar__nav row">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setMonth((m) => addMonths(m, -1))}
        >
          <span aria-hidden="true">‹</span> {t('Previous month')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={month.getTime() >= thisMonth.getTime()}
          onClick={() => setMonth((m) => addMonths(m, 1))}
        >
          {t('Next month')} <span aria-hidden="true">›</span>
        </button>
      </div>
      {/* At large text seven days do not fit a phone's width: the month scrolls in its box. */}
      <div className="table-scroll" tabIndex={0} role="group" aria-label={title}>
        <table className="checkin-calendar__grid">
          <caption aria-live="polite">{title}</caption>
          <thead>
            <tr>
              {/* Two letters, as on the journal calendar: three broke mid-word ("Mo-n") at large text. */}
              {WEEK.map((date) => (
                <th key={date.getDay()} scope="col" abbr={format(date, 'EEEE', { locale })}>
                  {format(date, 'EEEEEE', { locale })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, w) => (
              <tr key={w}>
                {week.map((date, i) => {
                  if (date === null) return <td key={i} />;
                  const day = dayKey(
                    new Date(month.getFullYear(), month.getMonth(), date).getTime(),
                  );
                  const current = day === today ? 'date' : undefined;
                  return (
                    <td key={i}>
                      {days.has(day) ? (
                        <Link
                          href={ROUTES.checkinFor(day)}
                          className="checkin-calendar__day checkin-calendar__day--done"
                          aria-current={current}
                          aria-label={t('{day} {month}, checked in', {
                            day: date,
                            month: monthName,
                          })}
                        >
                          {date}
                          <span aria-hidden="true"> ✓</span>
                        </Link>
                      ) : day <= today ? (
                        // Written in later, it stays on its own day; nothing marks it as missed.
                        <Link
                          href={ROUTES.checkinFor(day)}
                          className="checkin-calendar__day checkin-calendar__day--open"
                          aria-current={current}
                          aria-label={t('{day} {month}, write a check-in', {
                            day: date,
                            month: monthName,
                          })}
                        >
                          {date}
                        </Link>
                      ) : (
                        <span className="checkin-calendar__day" aria-current={current}>
                          {date}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
