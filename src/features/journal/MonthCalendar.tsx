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
import { dayKey } from '../../lib/dates';

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
  const first = parseISO(month);
  const days = eachDayOfInterval({
    start: startOfWeek(startOfMonth(first), { weekStartsOn: 1 }),
    end: endOfWeek(endOfMonth(first), { weekStartsOn: 1 }),
  });
  const weekdays = days.slice(0, 7).map((day) => format(day, 'EEEEEE'));
  const go = (delta: number) => onMonth(dayKey(startOfMonth(addMonths(first, delta)).getTime()));

  return (
    <div className="journal-calendar">
      <div className="journal-calendar__head">
        <button type="button" className="button button--quiet" onClick={() => go(-1)}>
          <span aria-hidden="true">‹</span>
          <span className="visually-hidden">Previous month</span>
        </button>
        <h2 className="journal-calendar__title" aria-live="polite">
          {format(first, 'MMMM yyyy')}
        </h2>
        <button type="button" className="button button--quiet" onClick={() => go(1)}>
          <span aria-hidden="true">›</span>
          <span className="visually-hidden">Next month</span>
        </button>
      </div>
      <div
        className="journal-calendar__grid"
        role="group"
        aria-label={`Days of ${format(first, 'MMMM yyyy')}`}
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
          const entries = count === 0 ? 'no entries' : count === 1 ? '1 entry' : `${count} entries`;
          const label = `${format(day, 'd MMMM')}, ${entries}${checkedIn ? ', checked in' : ''}`;
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
