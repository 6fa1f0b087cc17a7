import { useT } from '../../core/i18n/language';
import type { Tone, Trends } from './trends';
import { familiesOf, numberText, STRONG_AT } from './trends';
import { CHANGE_WORDS, TONE_TITLES } from './TrendsChart';

/** The same numbers as one tone's picture, as tables a screen reader can walk cell by cell.
 * Wider than a phone, each scrolls inside its own labelled box, never the page. */
export function TrendTables({ trends, tone }: { trends: Trends; tone: Tone }) {
  const t = useT();
  const families = familiesOf(trends, tone);
  if (families.length === 0) return null;
  const unit = trends.bucket;
  const title = t(TONE_TITLES[tone]);
  const byPeriod =
    unit === 'week'
      ? t('{title}, week by week', { title })
      : t('{title}, month by month', { title });
  const inAll = t('{title} in all', { title });
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="group" aria-label={byPeriod}>
        <table className="trends-table trends-table--periods">
          <caption>{byPeriod}</caption>
          <thead>
            <tr>
              <th scope="col">{unit === 'week' ? t('Week of') : t('Month')}</th>
              <th scope="col">{t('Inventories')}</th>
              {families.map((family) => (
                <th scope="col" key={family.key}>
                  {family.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trends.periods.map((period, i) => (
              <tr key={period.start}>
                <th scope="row">{period.short}</th>
                <td>{period.inventories}</td>
                {families.map((family) => (
                  <td key={family.key}>
                    {period.inventories === 0 ? '—' : (family.byPeriod[i] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll" tabIndex={0} role="group" aria-label={inAll}>
        <table className="trends-table">
          <caption>{inAll}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Feeling')}</th>
              <th scope="col">{t('Times named')}</th>
              <th scope="col">{t('Inventories that named it')}</th>
              <th scope="col">{t('Average strength (0 to 10)')}</th>
              <th scope="col">{t('Times at {strong} or more', { strong: STRONG_AT })}</th>
              <th scope="col">{t('Lately')}</th>
              <th scope="col">{t('Words you used')}</th>
            </tr>
          </thead>
          <tbody>
            {families.map((family) => (
              <tr key={family.key}>
                <th scope="row">{family.name}</th>
                <td>{family.count}</td>
                <td>{family.inventories}</td>
                <td>{family.average === null ? '—' : numberText(family.average)}</td>
                <td>{family.strong}</td>
                <td>{family.change ? t(CHANGE_WORDS[family.change]) : '—'}</td>
                <td>{family.words.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
