import { addDays, format, type Locale } from 'date-fns';
import { t } from '../../core/i18n/language';
import { dayKey } from '../../lib/dates';
import { decimal } from '../../lib/words';
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

/**
 * The last `span` days up to `today`, in the goal's own measure. No streaks: days without a log
 * are simply "not logged", and the summary counts what happened, never what was missed. The
 * words are in the person's language; `locale` (date-fns's, undefined for English) writes dates.
 */
export function goalProgress(
  measure: GoalMeasure,
  logs: readonly { day: string; value: number }[],
  today: string,
  locale?: Locale,
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
      label: format(date, 'EEE', { locale }),
      date: format(date, t('EEEE d MMMM'), { locale }),
      value,
      text: value === undefined ? t('not logged') : valueText(measure, value),
    });
  }
  const logged = days.filter((d) => d.value !== undefined).map((d) => d.value as number);
  const count = logged.length;
  const nothing = t('Nothing logged in the last {span} days yet.', { span });
  let summary: string;
  let max: number;
  switch (measure.kind) {
    case 'done': {
      const done = logged.filter((v) => v === 1).length;
      summary = !count
        ? nothing
        : count === 1
          ? t('Done on {done} of the last {span} days; logged on 1 day.', { done, span })
          : t('Done on {done} of the last {span} days; logged on {count} days.', {
              done,
              span,
              count,
            });
      max = 1;
      break;
    }
    case 'scale': {
      // One decimal, written as the person's language writes numbers (5.5, 5,5).
      const average = decimal(logged.reduce((a, b) => a + b, 0) / Math.max(1, count), 1);
      summary = !count
        ? nothing
        : count === 1
          ? t('Logged on 1 day of the last {span} days; on average {average} of 10.', {
              span,
              average,
            })
          : t('Logged on {count} days of the last {span} days; on average {average} of 10.', {
              count,
              span,
              average,
            });
      max = 10;
      break;
    }
    case 'count': {
      const total = logged.reduce((a, b) => a + b, 0);
      const unit = measure.unit;
      summary = !count
        ? nothing
        : unit
          ? count === 1
            ? t('{total} {unit} in the last {span} days, logged on 1 day.', { total, unit, span })
            : t('{total} {unit} in the last {span} days, logged on {count} days.', {
                total,
                unit,
                span,
                count,
              })
          : count === 1
            ? t('{total} in the last {span} days, logged on 1 day.', { total, span })
            : t('{total} in the last {span} days, logged on {count} days.', {
                total,
                span,
                count,
              });
      max = Math.max(1, ...logged);
      break;
    }
  }
  return { days, max, summary };
}
