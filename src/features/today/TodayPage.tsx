import { Suspense, useDeferredValue } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { timeOfDay, weekdayAndDate } from '../../lib/dates';
import { NextMeetingCard, SupportCard, useContacts, useMeetings, useQuickExit } from '../safety';
import { useStepStatuses } from '../steps';
import { dayStart } from './dayInput';
import { OnThisDayCard } from './OnThisDay';
import { recoveryCount } from './recoveryCount';
import { useCurrentDay } from './useCurrentDay';
import {
  useCheckinMeta,
  useLastDraftToday,
  useRecovery,
  useRecoveryOn,
  useTodayShowsWords,
} from './useHome';
import { useYearAgoEntries } from './useOnThisDay';
import './today.css';
import { lazyScreen } from '../../core/lazyScreen';
import { t, useT } from '../../core/i18n/language';

// Step content is large; only the step and prompt shown here are worth loading, and only when
// the person is working on a step.
const TodayStep = lazyScreen(() => import('./TodayStep'));

/** The home screen: what matters now, calm and short. */
export function TodayPage() {
  const day = useCurrentDay();
  // Read here, once, and drawn together: cards that each appeared as their own query answered
  // pushed the ones below down the screen (a layout shift of 0.25 to 0.38 on a slow phone).
  const recoveryOn = useRecoveryOn();
  const recovery = useRecovery();
  const checkin = useCheckinMeta(day);
  const statuses = useStepStatuses();
  const showsWords = useTodayShowsWords();
  const contacts = useContacts();
  const meetings = useMeetings();
  // After a quick exit, nothing written shows here until the person opens something themself.
  const quiet = useQuickExit((s) => s.quiet);
  const words = showsWords === true && !quiet;
  const draft = useLastDraftToday(day, words);
  const yearAgo = useYearAgoEntries(day, words);
  const answered =
    showsWords !== undefined &&
    recoveryOn !== undefined &&
    recovery !== undefined &&
    draft !== undefined &&
    checkin !== undefined &&
    statuses !== undefined &&
    contacts !== undefined &&
    meetings !== undefined &&
    yearAgo !== undefined;
  // The cards are drawn in a render React splits into short pieces, after the one that answers
  // the last query: drawn at once, they were one long task of a slow phone's thread (issue #13).
  const ready = useDeferredValue(answered, false);
  // Draws again when the language changes; the cards below, drawn with it, say their words with t.
  useT();
  return (
    <section className="today">
      <h1>{t('Today')}</h1>
      <p className="muted">
        {t('{date}. One step at a time.', { date: weekdayAndDate(dayStart(day)) })}
      </p>
      {ready && (
        <>
          <RecoveryLine day={day} on={recoveryOn} recovery={recovery} />
          <ContinueDraft draft={draft} words={words} />
          <CheckinCard meta={checkin} />
          <SupportCard contacts={contacts} words={words} />
          <NextMeetingCard meetings={meetings} words={words} />
          <WorkingStep day={day} statuses={statuses} words={words} />
          <OnThisDayCard entries={yearAgo} />
          <QuickWays />
        </>
      )}
    </section>
  );
}

function QuickWays() {
  return (
    <nav aria-label={t('Quick ways')} className="card">
      <h2>{t('Quick ways')}</h2>
      <ul className="plain-list today-quick">
        <li>
          <Link href={ROUTES.newEntry} className="button">
            {t('Write in your journal')}
          </Link>
        </li>
        <li>
          <Link href={ROUTES.goals} className="button button--quiet">
            {t('Your goals')}
          </Link>
        </li>
        <li>
          <Link href={ROUTES.meetings} className="button button--quiet">
            {t('Your meetings')}
          </Link>
        </li>
        <li>
          <Link href={ROUTES.stayingWell} className="button button--quiet">
            {t('Your staying-well plan')}
          </Link>
        </li>
        <li>
          <Link href={ROUTES.help} className="button button--quiet">
            {t('Open Help now')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}

function ContinueDraft({
  draft,
  words,
}: {
  draft: ReturnType<typeof useLastDraftToday>;
  words: boolean;
}) {
  if (!draft) return null;
  // Split at the title, so the person's words keep their own direction inside the sentence.
  const [before, after] = t('Continue writing: {title}').split('{title}');
  return (
    <div className="card">
      <h2>{t('Pick up where you left off')}</h2>
      <Link href={ROUTES.entry(draft.id)} className="today-draft">
        {words && draft.label !== null ? (
          <>
            {before}
            <span dir="auto">{draft.label}</span>
            {after}
          </>
        ) : (
          t('Continue your last entry')
        )}
      </Link>
    </div>
  );
}

function CheckinCard({ meta }: { meta: ReturnType<typeof useCheckinMeta> }) {
  if (meta === undefined) return null;
  return (
    <div className="card">
      <h2>{t('Check in with yourself')}</h2>
      {meta ? (
        <p>
          {t('You checked in today, last at {time}. You can add to it or change it any time.', {
            time: timeOfDay(meta.updated),
          })}
        </p>
      ) : (
        <p>
          {t(
            'About a minute: how you are, HALT, cravings, gratitude, one small win and a short review. Every part is optional.',
          )}
        </p>
      )}
      <div className="row">
        <Link href={ROUTES.checkin} className="button">
          {meta ? t('Open today’s check-in') : t('Check in now')}
        </Link>
        <Link href={ROUTES.checkins} className="button button--quiet">
          {t('Past check-ins')}
        </Link>
      </div>
    </div>
  );
}

function WorkingStep({
  day,
  statuses,
  words,
}: {
  day: string;
  statuses: ReturnType<typeof useStepStatuses>;
  words: boolean;
}) {
  if (!statuses) return null;
  const steps = [...statuses].sort((a, b) => a[0] - b[0]);
  const step =
    steps.find(([, status]) => status === 'working')?.[0] ??
    steps.find(([, status]) => status === 'revisiting')?.[0];
  if (step === undefined) {
    return (
      <div className="card">
        <h2>{t('The steps')}</h2>
        <p>{t('When you’re ready, choose a step to work on. Any order is fine.')}</p>
        <Link href={ROUTES.steps} className="button button--quiet">
          {t('See the twelve steps')}
        </Link>
      </div>
    );
  }
  return (
    // The step's words load on their own; their card's room is kept meanwhile.
    <Suspense fallback={<div className="card today-step-room" aria-hidden="true" />}>
      <TodayStep step={step} day={day} showPrompt={words} />
    </Suspense>
  );
}

function RecoveryLine({
  day,
  on,
  recovery,
}: {
  day: string;
  on: ReturnType<typeof useRecoveryOn>;
  recovery: ReturnType<typeof useRecovery>;
}) {
  if (on === undefined) return null;
  // The sentences are whole for a translator; the link goes where its name stands.
  const link = <Link href={ROUTES.recovery}>{t('Recovery days')}</Link>;
  if (!on) {
    const [before, after] = t('{recoveryDays} (off until you turn it on)').split('{recoveryDays}');
    return (
      <p className="today-recovery muted">
        {before}
        {link}
        {after}
      </p>
    );
  }
  if (recovery === undefined) return null;
  if (!recovery?.start || recovery.unreadable) {
    const [before, after] = t('{recoveryDays}: choose your start date when you’re ready.').split(
      '{recoveryDays}',
    );
    return (
      <p className="today-recovery">
        {before}
        {link}
        {after}
      </p>
    );
  }
  const { total } = recoveryCount(recovery.start, recovery.slips, day);
  // The number stands out, wherever the language puts it in the sentence.
  const [before, after] = (
    total === 1 ? t('{count} day of recovery') : t('{count} days of recovery')
  ).split('{count}');
  return (
    <p className="today-recovery">
      <Link href={ROUTES.recovery}>
        {before}
        <strong>{total}</strong>
        {after}
      </Link>
    </p>
  );
}
