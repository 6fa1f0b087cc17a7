import type { CSSProperties } from 'react';
import { useDateFnsLocale } from '../../core/i18n/dateFnsLocale';
import { t, useT } from '../../core/i18n/language';
import type { GoalMeasure } from './goalMeasure';
import { goalProgress } from './goalProgress';
import type { GoalLog } from './goalsRepo';
import { useCurrentDay } from './useCurrentDay';

/** Short marks under each bar; the full words are in the text beside them. */
function shortValue(measure: GoalMeasure, value: number | undefined): string {
  if (value === undefined) return '–';
  if (measure.kind === 'done') return value === 1 ? t('Yes') : t('No');
  return String(value);
}

/**
 * The last seven days as bars. The bars are a picture for sighted readers only; the same numbers
 * are in the summary and in each day's text, so nothing depends on seeing the bars or their colour.
 */
export function GoalProgressPicture({
  measure,
  logs,
}: {
  measure: GoalMeasure;
  logs: readonly GoalLog[];
}) {
  useT();
  const progress = goalProgress(measure, logs, useCurrentDay(), useDateFnsLocale());
  return (
    <section className="progress card" aria-labelledby="progress-title">
      <h2 id="progress-title">{t('The last 7 days')}</h2>
      <p className="progress__summary">{progress.summary}</p>
      <ol className="progress__days plain-list" aria-label={t('Each day')}>
        {progress.days.map((day) => {
          const height =
            day.value === undefined ? 0 : Math.max(4, (day.value / progress.max) * 100);
          return (
            <li key={day.day} className="progress__day">
              <span className="progress__track" aria-hidden="true">
                <span
                  className={`progress__bar${day.value === undefined ? ' progress__bar--none' : ''}`}
                  // Its height as columns, its width as rows (today.css: which one fits).
                  style={{ '--share': `${height}%` } as CSSProperties}
                />
              </span>
              <span className="progress__value" aria-hidden="true">
                {shortValue(measure, day.value)}
              </span>
              <span className="progress__label" aria-hidden="true">
                {day.label}
              </span>
              <span className="visually-hidden">{`${day.date}: ${day.text}`}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
