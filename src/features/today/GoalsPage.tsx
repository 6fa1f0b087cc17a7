import { Link, useLocation } from 'wouter';
import { msg, useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { newId } from '../../lib/ids';
import { MEASURE_LABELS } from './goalMeasure';
import type { Goal } from './goalsRepo';
import { useGoals } from './useToday';

export default function GoalsPage() {
  const t = useT();
  const goals = useGoals();
  const [, navigate] = useLocation();
  const active = goals?.filter((g) => g.status === 'active') ?? [];
  const drafts = goals?.filter((g) => g.status === 'draft') ?? [];
  const archived = goals?.filter((g) => g.status === 'archived') ?? [];
  return (
    <section className="goals">
      <h1>{t('Goals')}</h1>
      <p className="muted">
        {t(
          'Goals in your own words, measured your way. Small steps count, and you can change course any time.',
        )}
      </p>
      {/* A new goal gets its id before the first letter, so a reload finds it at the same place. */}
      <button type="button" className="button" onClick={() => navigate(ROUTES.goal(newId()))}>
        {t('Start a new goal')}
      </button>
      {goals === undefined ? (
        <p className="muted">{t('Opening…')}</p>
      ) : goals.length === 0 ? (
        <p className="goals__empty">
          {t(
            'No goals yet. A goal can be as small as a glass of water or a walk around the block.',
          )}
        </p>
      ) : (
        <>
          <GoalList title={msg('Goals you’re working on')} goals={active} />
          <GoalList title={msg('Drafts')} goals={drafts} />
          <GoalList title={msg('Put away for now')} goals={archived} />
        </>
      )}
    </section>
  );
}

/** `title` is the English words, which also name the list's id; it is drawn through `t`. */
function GoalList({ title, goals }: { title: string; goals: Goal[] }) {
  const t = useT();
  if (goals.length === 0) return null;
  const id = `goals-${title.replace(/\W+/gu, '-').toLowerCase()}`;
  return (
    <>
      <h2 id={id}>{t(title)}</h2>
      <ul className="plain-list goals__list" aria-labelledby={id}>
        {goals.map((goal) => (
          <li key={goal.id}>
            <Link href={ROUTES.goal(goal.id)} className="goals__row">
              <strong>
                {goal.unreadable
                  ? t('Could not be opened')
                  : goal.name.trim() || t('Unnamed draft')}
              </strong>
              <span className="muted">{t(MEASURE_LABELS[goal.measure.kind])}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
