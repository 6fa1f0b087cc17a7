import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { t, useT } from '../../core/i18n/language';
import { timeOfDay } from '../../lib/dates';
import type { YearAgoEntry } from './onThisDayRepo';

/** Links to what was written on this day a year ago, if the person asked Today to offer them. */
export function OnThisDayCard({ entries }: { entries: YearAgoEntry[] | null | undefined }) {
  useT();
  if (!entries || entries.length === 0) return null;
  return (
    <div className="card">
      <h2>{t('On this day, a year ago')}</h2>
      <p>
        {t(
          'You wrote on this day last year. It’s there if you’d like to read it, and fine to leave.',
        )}
      </p>
      <ul className="plain-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <Link href={ROUTES.entry(entry.id)} className="today-draft">
              {entry.label ? (
                <span dir="auto">{entry.label}</span>
              ) : (
                t('An entry written at {time}', { time: timeOfDay(entry.created) })
              )}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
