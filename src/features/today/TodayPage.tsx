import { format } from 'date-fns';
import { Suspense } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../app/routes';
import { timeOfDay } from '../../lib/dates';
import { useStepStatuses } from '../steps/useSteps';
import { dayStart } from './dayInput';
import { recoveryCount } from './recoveryCount';
import { useCurrentDay } from './useCurrentDay';
import { useCheckinMeta, useLastDraftToday, useRecovery, useRecoveryOn } from './useHome';
import './today.css';
import { lazyScreen } from '../../app/lazyScreen';

// Step content is large; only the step and prompt shown here are worth loading, and only when
// the person is working on a step.
const TodayStep = lazyScreen(() => import('./TodayStep'));

/** The home screen: what matters now, calm and short. */
export function TodayPage() {
  const day = useCurrentDay();
  return (
    <section className="today">
      <h1>Today</h1>
      <p className="muted">{format(dayStart(day), 'EEEE d MMMM')}. One step at a time.</p>
      <RecoveryLine day={day} />
      <ContinueDraft day={day} />
      <CheckinCard day={day} />
      <WorkingStep day={day} />
      <nav aria-label="Quick ways" className="card">
        <h2>Quick ways</h2>
        <ul className="plain-list today-quick">
          <li>
            <Link href={ROUTES.newEntry} className="button">
              Write in your journal
            </Link>
          </li>
          <li>
            <Link href={ROUTES.goals} className="button button--quiet">
              Your goals
            </Link>
          </li>
          <li>
            <Link href={ROUTES.help} className="button button--quiet">
              Open Help now
            </Link>
          </li>
        </ul>
      </nav>
    </section>
  );
}

function ContinueDraft({ day }: { day: string }) {
  const draft = useLastDraftToday(day);
  if (!draft) return null;
  return (
    <div className="card">
      <h2>Pick up where you left off</h2>
      <Link href={ROUTES.entry(draft.id)} className="today-draft">
        Continue writing: <span dir="auto">{draft.label}</span>
      </Link>
    </div>
  );
}

function CheckinCard({ day }: { day: string }) {
  const meta = useCheckinMeta(day);
  if (meta === undefined) return null;
  return (
    <div className="card">
      <h2>Check in with yourself</h2>
      {meta ? (
        <p>
          You checked in today, last at {timeOfDay(meta.updated)}. You can add to it or change it
          any time.
        </p>
      ) : (
        <p>
          About a minute: how you are, HALT, cravings, gratitude, one small win and a short review.
          Every part is optional.
        </p>
      )}
      <div className="row">
        <Link href={ROUTES.checkin} className="button">
          {meta ? "Open today's check-in" : 'Check in now'}
        </Link>
        <Link href={ROUTES.checkins} className="button button--quiet">
          Past check-ins
        </Link>
      </div>
    </div>
  );
}

function WorkingStep({ day }: { day: string }) {
  const statuses = useStepStatuses();
  if (!statuses) return null;
  const steps = [...statuses].sort((a, b) => a[0] - b[0]);
  const step =
    steps.find(([, status]) => status === 'working')?.[0] ??
    steps.find(([, status]) => status === 'revisiting')?.[0];
  if (step === undefined) {
    return (
      <div className="card">
        <h2>The steps</h2>
        <p>When you're ready, choose a step to work on. Any order is fine.</p>
        <Link href={ROUTES.steps} className="button button--quiet">
          See the twelve steps
        </Link>
      </div>
    );
  }
  return (
    <Suspense fallback={null}>
      <TodayStep step={step} day={day} />
    </Suspense>
  );
}

function RecoveryLine({ day }: { day: string }) {
  const on = useRecoveryOn();
  const recovery = useRecovery();
  if (on === undefined) return null;
  if (!on) {
    return (
      <p className="today-recovery muted">
        <Link href={ROUTES.recovery}>Recovery days</Link> (off until you turn it on)
      </p>
    );
  }
  if (recovery === undefined) return null;
  if (!recovery?.start || recovery.unreadable) {
    return (
      <p className="today-recovery">
        <Link href={ROUTES.recovery}>Recovery days</Link>: choose your start date when you're ready.
      </p>
    );
  }
  const { total } = recoveryCount(recovery.start, recovery.slips, day);
  return (
    <p className="today-recovery">
      <Link href={ROUTES.recovery}>
        <strong>{total}</strong> {total === 1 ? 'day' : 'days'} of recovery
      </Link>
    </p>
  );
}
