import { addDays, format } from 'date-fns';
import { dayKey } from '../../lib/dates';
import { dayStart } from './dayInput';
import { valueText, type GoalMeasure } from './goalMeasure';

interface ProgressDay {
  day: string;
  /** Short weekday for the picture, e.g. "Mon". */
  label: string;
  /** The full date in words, for text and screen readers. */
  date: string;
  value: number | undefined;
  /** The value in words, or "not logged". */
  text: string;
}

export interface Progress {
  days: ProgressDay[];
  /** The tallest bar the picture draws against. */
  max: number;
  /** One or two plain sentences with the numbers. */
  summary: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The last `span` days up to `today`, in the goal's own measure. No streaks: days without a log
 * are simply "not logged", and the summary counts what happened, never what was missed.
 */
export function goalProgress(
  measure: GoalMeasure,
  logs: readonly { day: string; value: number }[],
  today: string,
  span = 7,
): Progress {
  const byDay = new Map(logs.map((log) => [log.day, log.value]));
  const end = dayStart(today);
  const days: ProgressDay[] = [];
  for (let i = span - 1; i >= 0; i--) {
    const date = addDays(end, -i);
    const day = dayKey(date.getTime());
    const value = byDay.get(day);
    days.push({
      day,
      label: format(date, 'EEE'),
      date: format(date, 'EEEE d MMMM'),
      value,
      text: value === undefined ? 'not logged' : valueText(measure, value),
    });
  }
  const logged = days.filter((d) => d.value !== undefined).map((d) => d.value as number);
  const over = `the last ${span} days`;
  let summary: string;
  let max: number;
  switch (measure.kind) {
    case 'done': {
      const done = logged.filter((v) => v === 1).length;
      summary = logged.length
        ? `Done on ${done} of ${over}; logged on ${plural(logged.length, 'day')}.`
        : `Nothing logged in ${over} yet.`;
      max = 1;
      break;
    }
    case 'scale': {
      const average = logged.length
        ? (logged.reduce((a, b) => a + b, 0) / logged.length).toFixed(1)
        : undefined;
      summary = average
        ? `Logged on ${plural(logged.length, 'day')} of ${over}; on average ${average} of 10.`
        : `Nothing logged in ${over} yet.`;
      max = 10;
      break;
    }
    case 'count': {
      const total = logged.reduce((a, b) => a + b, 0);
      const unit = measure.unit ? ` ${measure.unit}` : '';
      summary = logged.length
        ? `${total}${unit} in ${over}, logged on ${plural(logged.length, 'day')}.`
        : `Nothing logged in ${over} yet.`;
      max = Math.max(1, ...logged);
      break;
    }
  }
  return { days, max, summary };
}
