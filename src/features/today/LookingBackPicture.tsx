import { useId } from 'react';
import { t, useT } from '../../core/i18n/language';
import type { LookBack, LookBackPeriod } from './lookingBack';

const WIDTH = 320;
const TOP = 20;
const CHART = 100;

/**
 * Mood and cravings, one drawing each, a column for each week or month. Each drawing is one image
 * with a text alternative; the exact numbers are in the tables beside it, every value is written
 * above its column, and a week without an answer has no column rather than a low one.
 */
export function LookingBackPicture({ look, summary }: { look: LookBack; summary: string }) {
  useT();
  const week = look.bucket === 'week';
  return (
    <div className="look-back__picture">
      <Columns
        periods={look.periods}
        title={
          week
            ? t('Mood each week, from 1 (really hard) to 5 (good)')
            : t('Mood each month, from 1 (really hard) to 5 (good)')
        }
        summary={summary}
        max={5}
        value={(period) => period.mood}
      />
      <Columns
        periods={look.periods}
        title={
          week
            ? t('Cravings each week, from 0 (none) to 10 (strongest)')
            : t('Cravings each month, from 0 (none) to 10 (strongest)')
        }
        max={10}
        value={(period) => period.craving}
      />
    </div>
  );
}

function Columns({
  periods,
  title,
  summary,
  max,
  value,
}: {
  periods: LookBackPeriod[];
  title: string;
  summary?: string;
  max: number;
  value: (period: LookBackPeriod) => number | null;
}) {
  const titleId = useId();
  const descId = useId();
  const slot = WIDTH / Math.max(1, periods.length);
  const first = periods[0];
  const last = periods[periods.length - 1];
  const answered = periods.filter((period) => value(period) !== null).length;
  return (
    <svg
      className="look-back__svg"
      viewBox={`0 0 ${WIDTH} ${TOP + CHART + 36}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>
        {summary ? `${summary} ` : ''}
        {t(
          'From {first} to {last}; {answered} of {count} with an answer. The table below gives every value.',
          {
            first: first?.label ?? '',
            last: last?.label ?? '',
            answered,
            count: periods.length,
          },
        )}
      </desc>
      <text x={0} y={12} className="look-back__label">
        {title}
      </text>
      <line x1={0} x2={WIDTH} y1={TOP + CHART} y2={TOP + CHART} className="look-back__axis" />
      {periods.map((period, i) => {
        const v = value(period);
        if (v === null) return null;
        // A craving of 0 is an answer ("none"), so it keeps a sliver of a column.
        const h = Math.max(2, (v / max) * (CHART - 14));
        const x = i * slot + slot * 0.15;
        return (
          <g key={period.start}>
            <rect
              x={x}
              y={TOP + CHART - h}
              width={Math.max(1, slot * 0.7)}
              height={h}
              className="look-back__bar"
            />
            <text
              x={i * slot + slot / 2}
              y={TOP + CHART - h - 3}
              textAnchor="middle"
              className="look-back__value"
            >
              {v}
            </text>
          </g>
        );
      })}
      <text x={0} y={TOP + CHART + 16} className="look-back__label">
        {first?.label}
      </text>
      <text x={WIDTH} y={TOP + CHART + 32} textAnchor="end" className="look-back__label">
        {last?.label}
      </text>
    </svg>
  );
}
