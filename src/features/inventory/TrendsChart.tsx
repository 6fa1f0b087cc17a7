import { useId } from 'react';
import type { Trends } from './trends';

const WIDTH = 320;
const MAX_FAMILIES = 8;

/**
 * The picture as two small SVG drawings: the most-named feelings as bars, and how many were named
 * in each week or month as columns. Each drawing is one image with a text alternative; the exact
 * numbers are in the tables beside it, and every value is written, never carried by colour alone.
 */
export function TrendsChart({ trends, summary }: { trends: Trends; summary: string }) {
  return (
    <div className="trends-chart">
      <FamilyBars trends={trends} summary={summary} />
      <PeriodColumns trends={trends} />
    </div>
  );
}

function FamilyBars({ trends, summary }: { trends: Trends; summary: string }) {
  const titleId = useId();
  const descId = useId();
  const families = trends.families.slice(0, MAX_FAMILIES);
  const most = Math.max(1, ...families.map((family) => family.count));
  const row = 40;
  const height = Math.max(row, families.length * row);
  return (
    <svg
      className="trends-svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
    >
      <title id={titleId}>Feelings named most</title>
      <desc id={descId}>{summary}</desc>
      {families.map((family, i) => {
        const y = i * row;
        const width = Math.max(2, (family.count / most) * (WIDTH - 4));
        return (
          <g key={family.key}>
            <text x={0} y={y + 14} className="trends-svg__label">
              {family.name}: {family.count === 1 ? 'once' : `${family.count} times`}
              {family.average === null ? ', no strength set' : `, average ${family.average}`}
            </text>
            <rect x={0} y={y + 20} width={width} height={12} rx={3} className="trends-svg__bar" />
          </g>
        );
      })}
      {families.length === 0 && (
        <text x={0} y={24} className="trends-svg__label">
          Nothing named in this range yet
        </text>
      )}
    </svg>
  );
}

function PeriodColumns({ trends }: { trends: Trends }) {
  const titleId = useId();
  const periods = trends.periods;
  const most = Math.max(1, ...periods.map((period) => period.named));
  const top = 18;
  const chart = 100;
  const slot = WIDTH / Math.max(1, periods.length);
  const first = periods[0];
  const last = periods[periods.length - 1];
  const unit = trends.bucket === 'week' ? 'week' : 'month';
  return (
    <svg
      className="trends-svg"
      viewBox={`0 0 ${WIDTH} ${top + chart + 20}`}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>
        {`Feelings named each ${unit}, from ${first?.label ?? ''} to ${last?.label ?? ''}; at most ${most}`}
      </title>
      <text x={0} y={12} className="trends-svg__label">
        Feelings named each {unit} (most: {most})
      </text>
      <line x1={0} x2={WIDTH} y1={top + chart} y2={top + chart} className="trends-svg__axis" />
      {periods.map((period, i) => {
        const h = (period.named / most) * chart;
        return (
          <rect
            key={period.start}
            x={i * slot + slot * 0.15}
            y={top + chart - h}
            width={Math.max(1, slot * 0.7)}
            height={h}
            className="trends-svg__bar"
          />
        );
      })}
      <text x={0} y={top + chart + 16} className="trends-svg__label">
        {first?.label}
      </text>
      <text x={WIDTH} y={top + chart + 16} textAnchor="end" className="trends-svg__label">
        {last?.label}
      </text>
    </svg>
  );
}
