import { useId } from 'react';
import { Link, useLocation } from 'wouter';
import { useDateFnsLocale } from '../../core/i18n/dateFnsLocale';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { bucketFor, TREND_RANGES, summarizeTrends, type TrendRange } from './trends';
import { TrendsSections } from './TrendsSections';
import { useTrends } from './useInventory';
import { useVocabulary } from './vocabulary/useVocabulary';
import './inventory.css';

/** The picture of feelings over time, at /inventory/trends/:range. Loaded lazily: the drawing and
 * its arithmetic are only fetched when a person asks to see them. */
export default function TrendsPage({ range }: { range: TrendRange }) {
  const t = useT();
  const [, navigate] = useLocation();
  const bucket = bucketFor(range);
  const trends = useTrends(range, bucket, {
    vocabulary: useVocabulary(),
    locale: useDateFnsLocale(),
  });
  const chosen = TREND_RANGES.find((r) => r.id === range) ?? TREND_RANGES[0]!;
  const name = useId();
  const summary = trends ? summarizeTrends(trends, t(chosen.phrase)) : '';
  return (
    <section className="inventory trends">
      <Link href={ROUTES.inventory} className="back-link">
        {t('Back to inventory')}
      </Link>
      <h1>{t('Your feelings over time')}</h1>
      <p className="muted">
        {bucket === 'week'
          ? t('From the inventories you finished, week by week. Drafts stay out of the picture.')
          : t('From the inventories you finished, month by month. Drafts stay out of the picture.')}
      </p>
      <div className="trends-controls">
        <fieldset className="segmented">
          <legend>{t('Range')}</legend>
          {TREND_RANGES.map((option) => (
            <label key={option.id} className="segmented__option">
              <input
                autoComplete="off"
                type="radio"
                name={`${name}-range`}
                checked={option.id === range}
                onChange={() => navigate(ROUTES.inventoryTrendsFor(option.id), { replace: true })}
              />
              {t(option.label)}
            </label>
          ))}
        </fieldset>
      </div>
      {!trends ? (
        <p className="muted">{t('Opening…')}</p>
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
