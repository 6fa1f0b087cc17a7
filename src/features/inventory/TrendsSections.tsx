import { useT } from '../../core/i18n/language';
import { TONES, familiesOf, type Trends } from './trends';
import { TONE_TITLES, TrendPicture } from './TrendsChart';
import { TrendTables } from './TrendsTables';

/** Painful feelings, pleasant ones and the person's own words, each in a section of its own:
 * they are never drawn on one scale or averaged together. */
export function TrendsSections({ trends }: { trends: Trends }) {
  const t = useT();
  if (trends.inventories === 0) return null;
  return (
    <>
      {TONES.filter((tone) => familiesOf(trends, tone).length > 0).map((tone) => (
        <section key={tone} className="trend-section" aria-labelledby={`trends-${tone}`}>
          <h2 id={`trends-${tone}`}>{t(TONE_TITLES[tone])}</h2>
          <TrendPicture trends={trends} tone={tone} />
          <TrendTables trends={trends} tone={tone} />
        </section>
      ))}
    </>
  );
}
