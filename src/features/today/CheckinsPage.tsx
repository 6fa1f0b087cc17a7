import { format } from 'date-fns';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { useDateFnsLocale } from '../../core/i18n/dateFnsLocale';
import { t, useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { moodLabel } from '../journal';
import { CheckinCalendar } from './CheckinCalendar';
import { HALT_KEYS, type Checkin } from './checkinRepo';
import { dayStart } from './dayInput';
import { HALT_LABELS } from './haltWords';
import { useCheckins } from './useToday';

/** What a check-in held, in a few plain words for the history list. */
function checkinSummary(checkin: Checkin): string {
  if (checkin.unreadable) return t('Could not be opened');
  const parts: string[] = [];
  const mood = moodLabel(checkin.mood);
  if (mood) parts.push(t('Feeling: {mood}', { mood: t(mood) }));
  const halt = HALT_KEYS.filter((key) => checkin.halt[key]);
  if (halt.length) {
    const words = halt.map((key) => t(HALT_LABELS[key]).toLocaleLowerCase());
    parts.push(t('HALT: {words}', { words: words.join(', ') }));
  }
  if (checkin.craving !== undefined) {
    parts.push(t('cravings {value} of 10', { value: checkin.craving }));
  }
  if (checkin.win.trim()) parts.push(t('small win: {words}', { words: checkin.win.trim() }));
  // Kept to be found again on the next hard day.
  if (checkin.whatHelped?.trim()) {
    parts.push(t('what helped: {words}', { words: checkin.whatHelped.trim() }));
  }
  return parts.length ? parts.join(' · ') : t('Review and gratitude');
}

export default function CheckinsPage() {
  const t = useT();
  const locale = useDateFnsLocale();
  const checkins = useCheckins();
  const days = useMemo(() => new Set(checkins?.map((c) => c.day)), [checkins]);
  return (
    <section className="checkins">
      <h1>{t('Your check-ins')}</h1>
      <p className="muted">
        {t('Only you can see these. Open any day to read it again or add to it.')}
      </p>
      <div className="row">
        <Link href={ROUTES.checkin} className="button">
          {t('Open today’s check-in')}
        </Link>
        <Link href={ROUTES.lookingBack} className="button button--quiet">
          {t('Looking back')}
        </Link>
      </div>
      <h2 className="checkins__heading">{t('By month')}</h2>
      <p className="muted">
        {t(
          'A tick marks a day you checked in. Any earlier day can be filled in later, if you’d like.',
        )}
      </p>
      <CheckinCalendar days={days} />
      <h2 id="checkin-history">{t('Every check-in')}</h2>
      {checkins === undefined ? (
        <p className="muted">{t('Opening…')}</p>
      ) : checkins.length === 0 ? (
        <p>{t('No check-ins yet. When you’re ready, one takes about a minute.')}</p>
      ) : (
        <ul className="plain-list checkins__list" aria-labelledby="checkin-history">
          {checkins.map((checkin) => (
            <li key={checkin.id}>
              <Link href={ROUTES.checkinFor(checkin.day)} className="checkins__row">
                <strong>{format(dayStart(checkin.day), t('EEEE d MMMM yyyy'), { locale })}</strong>
                <span className="muted">{checkinSummary(checkin)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
