import { useId } from 'react';
import { Link, useLocation } from 'wouter';
import { ROUTES } from '../../core/routes';
import { bucketFor, TREND_RANGES, summarizeTrends, type TrendRange } from './trends';
import { TrendsSections } from './TrendsSections';
import { useTrends } from './useInventory';
import './inventory.css';

/** The picture of feelings over time, at /inventory/trends/:range. Loaded lazily: the drawing and
 * its arithmetic are only fetched when a person asks to see them. */
export default function TrendsPage({ range }: { range: TrendRange }) {
  const [, navigate] = useLocation();
  const bucket = bucketFor(range);
  const trends = useTrends(range, bucket);
  const chosen = TREND_RANGES.find((r) => r.id === range) ?? TREND_RANGES[0]!;
  const name = useId();
  const summary = trends ? summarizeTrends(trends, chosen.phrase) : '';
  return (
    <section className="inventory trends">
      <Link href={ROUTES.inventory} className="back-link">
        Back to inventory
      </Link>
      <h1>Your feelings over time</h1>
      <p className="muted">
        From the inventories you finished, {bucket} by {bucket}. Drafts stay out of the picture.
      </p>
      <div className="trends-controls">
        <fieldset className="segmented">
          <legend>Range</legend>
          {TREND_RANGES.map((option) => (
            <label key={option.id} className="segmented__option">
              <input
                autoComplete="off"
                type="radio"
                name={`${name}-range`}
                checked={option.id === range}
                onChange={() => navigate(ROUTES.inventoryTrendsFor(option.id), { replace: true })}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      </div>
      {!trends ? (
        <p className="muted">Opening…</p>
      ) : (
        <>
          <p className="trends-summary" aria-live="polite">
            {summary}
          </p>
          <TrendsSections trends={trends} />
        </>
      )}
    </section>
  );
}
