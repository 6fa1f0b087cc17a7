import { t, useT } from '../../core/i18n/language';
import { moodLabel } from '../journal';
import { HALT_KEYS, type HaltKey } from './checkinRepo';
import { HALT_LABELS } from './haltWords';
import { decimal, type LookBack } from './lookingBack';

const EMPTY = '—';

function moodInWords(mood: number | null): string {
  if (mood === null) return EMPTY;
  const label = moodLabel(Math.round(mood));
  return `${decimal(mood)} (${(label ? t(label) : '').toLocaleLowerCase()})`;
}

function haltInWords(halt: Record<HaltKey, number>): string {
  const marked = HALT_KEYS.filter((key) => halt[key] > 0).map(
    (key) => `${t(HALT_LABELS[key]).toLocaleLowerCase()} ${halt[key]}`,
  );
  return marked.length ? marked.join(', ') : EMPTY;
}

/** The same numbers as the drawing, and more, as tables a screen reader can walk cell by cell. */
export function LookingBackTables({ look }: { look: LookBack }) {
  const t = useT();
  const week = look.bucket === 'week';
  const unit = week ? t('Week') : t('Month');
  const byPeriod = week ? t('By week') : t('By month');
  return (
    <div className="look-back__tables">
      <div className="table-scroll" tabIndex={0} role="group" aria-label={byPeriod}>
        <table className="look-back__table">
          <caption>{byPeriod}</caption>
          <thead>
            <tr>
              <th scope="col">{unit}</th>
              <th scope="col">{t('Days checked in')}</th>
              <th scope="col">{t('Mood (1 to 5)')}</th>
              <th scope="col">{t('Cravings (0 to 10)')}</th>
              <th scope="col">{t('HALT, days marked')}</th>
            </tr>
          </thead>
          <tbody>
            {look.periods.map((period) => (
              <tr key={period.start}>
                <th scope="row">{period.label}</th>
                <td>{period.days}</td>
                <td>{moodInWords(period.mood)}</td>
                <td>{period.craving === null ? EMPTY : decimal(period.craving)}</td>
                <td>{haltInWords(period.halt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll" tabIndex={0} role="group" aria-label={t('HALT over this time')}>
        <table className="look-back__table">
          <caption>{t('HALT over this time')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Marked')}</th>
              <th scope="col">{t('Days')}</th>
            </tr>
          </thead>
          <tbody>
            {HALT_KEYS.map((key) => (
              <tr key={key}>
                <th scope="row">{t(HALT_LABELS[key])}</th>
                <td>{look.halt[key]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll" tabIndex={0} role="group" aria-label={t('Named most often')}>
        <table className="look-back__table">
          <caption>{t('Named most often')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('What set cravings off')}</th>
              <th scope="col">{t('Days')}</th>
            </tr>
          </thead>
          <tbody>
            {look.triggers.length === 0 && (
              <tr>
                <td colSpan={2}>{t('Nothing named in this time.')}</td>
              </tr>
            )}
            {look.triggers.map((trigger) => (
              <tr key={trigger.name}>
                <th scope="row" dir="auto">
                  {trigger.name}
                </th>
                <td>{trigger.days}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
