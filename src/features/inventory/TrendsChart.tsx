import { useId } from 'react';
import { msg, t, useT } from '../../core/i18n/language';
import type { FamilyTrend, Tone, Trends } from './trends';
import { familiesOf } from './trends';

/** Columns in each strip's own drawing units; the strip is stretched to the width it is given. */
const SLOT = 10;
const HEIGHT = 24;
/** A person's own words can be many; the picture keeps the most named, the table has them all. */
const MAX_ROWS = 8;

export const TONE_TITLES: Record<Tone, string> = {
  painful: msg('Painful feelings'),
  pleasant: msg('Pleasant feelings'),
  own: msg('Your own words'),
};

export const CHANGE_WORDS: Record<NonNullable<FamilyTrend['change']>, string> = {
  grew: msg('came up more often lately'),
  eased: msg('came up less often lately'),
  steady: msg('about as often as before'),
};

const BY_WEEK = msg('{name}, week by week: {periods}');
const BY_MONTH = msg('{name}, month by month: {periods}');

function shareText(named: number, inventories: number): string {
  if (inventories === 0) return t('no inventory');
  if (named === 0) return t('none of {count}', { count: inventories });
  return t('{value} of {max}', { value: named, max: inventories });
}

/**
 * Each family of one tone across the weeks or months: one strip per family, one column per
 * period, the bar's height the share of that period's inventories that named it (so taking more
 * inventories in a week does not make a feeling look bigger). Names and numbers are HTML, so
 * they grow with the person's text size; each strip is an image whose text alternative gives
 * every column, and a period with no inventory is drawn dashed, not only paler.
 */
export function TrendPicture({ trends, tone }: { trends: Trends; tone: Tone }) {
  const t = useT();
  const captionId = useId();
  const families = familiesOf(trends, tone).slice(0, MAX_ROWS);
  const periods = trends.periods;
  const unit = trends.bucket;
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (families.length === 0) return null;
  return (
    <figure className="trend-picture" aria-labelledby={captionId}>
      {/* The section's heading already names the tone. */}
      <figcaption id={captionId}>
        {unit === 'week' ? t('Week by week') : t('Month by month')}
      </figcaption>
      <p className="muted trend-picture__key">
        {unit === 'week'
          ? t(
              'Each bar: the share of that week’s inventories that named it. Dashed: no inventory that week.',
            )
          : t(
              'Each bar: the share of that month’s inventories that named it. Dashed: no inventory that month.',
            )}
      </p>
      <ul className="plain-list trend-rows">
        {families.map((family) => (
          <li key={family.key} className="trend-row">
            <p className="trend-row__name">
              <strong>{family.name}</strong>{' '}
              <span className="muted">
                {trends.inventories === 1
                  ? t('in {count} of 1 inventory', { count: family.inventories })
                  : t('in {count} of {total} inventories', {
                      count: family.inventories,
                      total: trends.inventories,
                    })}
                {family.change && `, ${t(CHANGE_WORDS[family.change])}`}
              </span>
            </p>
            <svg
              className="trend-strip"
              viewBox={`0 0 ${periods.length * SLOT} ${HEIGHT}`}
              preserveAspectRatio="none"
              role="img"
              aria-label={t(unit === 'week' ? BY_WEEK : BY_MONTH, {
                name: family.name,
                periods: periods
                  .map(
                    (period, i) =>
                      `${period.label}, ${shareText(family.byPeriod[i] ?? 0, period.inventories)}`,
                  )
                  .join('; '),
              })}
            >
              {periods.map((period, i) => {
                const x = i * SLOT;
                const base = HEIGHT - 1;
                if (period.inventories === 0) {
                  return (
                    <line
                      key={period.start}
                      x1={x + 1}
                      x2={x + SLOT - 1}
                      y1={base}
                      y2={base}
                      className="trend-strip__none"
                      vectorEffect="non-scaling-stroke"
                    />
                  );
                }
                const h = ((family.byPeriod[i] ?? 0) / period.inventories) * (HEIGHT - 2);
                return (
                  <g key={period.start}>
                    <rect
                      x={x + 1.5}
                      y={1}
                      width={SLOT - 3}
                      height={HEIGHT - 2}
                      className="trend-strip__track"
                    />
                    <rect
                      x={x + 1.5}
                      y={base - h}
                      width={SLOT - 3}
                      height={h}
                      className="trend-strip__bar"
                    />
                  </g>
                );
              })}
            </svg>
          </li>
        ))}
      </ul>
      <p className="trend-axis muted" aria-hidden="true">
        <span>{first?.label}</span>
        <span>{last?.label}</span>
      </p>
    </figure>
  );
}
