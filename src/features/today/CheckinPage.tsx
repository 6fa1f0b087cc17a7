import { format } from 'date-fns';
import { useT } from '../../core/i18n/language';
import { useDateFnsLocale } from '../../core/i18n/dateFnsLocale';
import { useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { dayKey } from '../../lib/dates';
import { CheckinForm } from './CheckinForm';
import { dayProblemOn, dayStart } from './dayInput';
import { useCurrentDay } from './useCurrentDay';
import { useCheckin } from './useToday';

/**
 * One day's check-in. The day is fixed when the screen opens, so a check-in finished after
 * midnight stays on the evening it began.
 */
export default function CheckinPage({ day: chosen }: { day?: string }) {
  const t = useT();
  const [day] = useState(() => chosen ?? dayKey(Date.now()));
  const today = useCurrentDay();
  const problem = dayProblemOn(day, today);
  if (problem) {
    return (
      <section>
        <h1>{t('This check-in cannot open')}</h1>
        <p>{t(problem)}</p>
        <Link href={ROUTES.checkin} className="button">
          {t('Open today’s check-in')}
        </Link>
      </section>
    );
  }
  return <CheckinLoader day={day} isToday={day === today} />;
}

function CheckinLoader({ day, isToday }: { day: string; isToday: boolean }) {
  const t = useT();
  const locale = useDateFnsLocale();
  const checkin = useCheckin(day);
  // Decided once the day is read, so the line does not vanish under the person's hand when the
  // first answer saves and the check-in exists.
  const [writingLater, setWritingLater] = useState<boolean>();
  if (writingLater === undefined && checkin !== null) {
    setWritingLater(!isToday && checkin === undefined);
  }
  return (
    <section className="checkin">
      <h1>
        {isToday
          ? t('Today’s check-in')
          : t('Check-in for {date}', {
              // A date-fns pattern, so each language writes a date its own way.
              date: format(dayStart(day), t('EEEE d MMMM yyyy'), { locale }),
            })}
      </h1>
      <p className="muted">
        {t('About a minute. Every part is optional, and it saves as you go.')}{' '}
        <Link href={ROUTES.checkins}>{t('Past check-ins')}</Link>
      </p>
      {writingLater && (
        <p>
          {t(
            'You’re writing this day in later. Answer what you remember; any part can stay blank.',
          )}
        </p>
      )}
      {checkin === null ? (
        <p className="muted">{t('Opening…')}</p>
      ) : checkin?.unreadable ? (
        <p className="notice" role="alert">
          {t(
            'This check-in could not be opened, so it was left as it is. Your other check-ins and your journal are not affected.',
          )}
        </p>
      ) : (
        <CheckinForm day={day} isToday={isToday} initial={checkin} />
      )}
    </section>
  );
}
