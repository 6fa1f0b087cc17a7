import { format } from 'date-fns';
import { useState } from 'react';
import { Link } from 'wouter';
import { useDateFnsLocale } from '../../core/i18n/dateFnsLocale';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { DeleteForGood } from '../../ui/DeleteForGood';
import { dayStart } from './dayInput';
import { GoalEditor } from './GoalEditor';
import { GoalLogForm } from './GoalLogForm';
import { valueText } from './goalMeasure';
import { GoalProgressPicture } from './GoalProgressPicture';
import { deleteGoal, setGoalArchived, type Goal, type GoalLog } from './goalsRepo';
import { GoalVictories } from './GoalVictories';
import { repoMessage } from './repoMessage';
import { useGoal, useGoalLogs } from './useToday';

export default function GoalPage({ id }: { id: string }) {
  const t = useT();
  const goal = useGoal(id);
  const logs = useGoalLogs(id);
  if (goal === null || logs === undefined) return <p className="muted">{t('Opening…')}</p>;
  if (goal?.unreadable) {
    return (
      <section>
        <h1>{t('This goal could not be opened')}</h1>
        <p>
          {t('It was left exactly as it is. Your other goals and your journal are not affected.')}
        </p>
        <Link href={ROUTES.goals}>{t('All goals')}</Link>
        <DeleteGoal id={id} />
      </section>
    );
  }
  return (
    <section className="goal">
      <p>
        <Link href={ROUTES.goals}>{t('All goals')}</Link>
      </p>
      <h1>{goal?.name.trim() || t('A new goal')}</h1>
      <GoalEditor id={id} initial={goal} measureLocked={logs.length > 0} />
      {goal && goal.status !== 'draft' && <GoalTracking goal={goal} logs={logs} />}
      {goal && <DeleteGoal id={id} />}
    </section>
  );
}

function DeleteGoal({ id }: { id: string }) {
  const t = useT();
  return (
    <DeleteForGood
      label={t('Delete this goal')}
      warning={t(
        'This deletes the goal from this device for good, with every day of its log and its victories. Putting it away for now keeps them.',
      )}
      onDelete={() => deleteGoal(id)}
      then={{ goTo: ROUTES.goals, say: t('The goal was deleted.') }}
    />
  );
}

function GoalTracking({ goal, logs }: { goal: Goal; logs: GoalLog[] }) {
  const t = useT();
  const locale = useDateFnsLocale();
  const [error, setError] = useState<string>();
  const archived = goal.status === 'archived';
  const recent = [...logs].reverse().slice(0, 30);
  return (
    <>
      {archived ? (
        <p className="notice">
          {t('This goal is put away for now. Its log and victories are kept.')}
        </p>
      ) : (
        <GoalLogForm key={goal.measure.kind} goalId={goal.id} measure={goal.measure} logs={logs} />
      )}
      <GoalProgressPicture measure={goal.measure} logs={logs} />
      {recent.length > 0 && (
        <section className="card" aria-labelledby="goal-log-list">
          <h2 id="goal-log-list">{t('Your log')}</h2>
          <ul className="plain-list goal__log" aria-labelledby="goal-log-list">
            {recent.map((log) => (
              <li key={log.id}>
                <time dateTime={log.day}>
                  {format(dayStart(log.day), t('EEEE d MMMM'), { locale })}
                </time>
                {`: ${log.unreadable ? t('could not be opened') : valueText(goal.measure, log.value)}`}
                {log.note && <span className="muted">{` — ${log.note}`}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <GoalVictories goalId={goal.id} victories={goal.victories} />
      <button
        type="button"
        className="button button--quiet"
        // The failure is caught here and shown below in the repository's plain words.
        onClick={() =>
          void setGoalArchived(goal.id, !archived).catch((e: unknown) => setError(repoMessage(e)))
        }
      >
        {archived ? t('Bring this goal back') : t('Put this goal away for now')}
      </button>
      {error && (
        <p className="today-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
