import { Link, useLocation } from 'wouter';
import { ROUTES } from '../../core/routes';
import { newId } from '../../lib/ids';
import { MEASURE_LABELS } from './goalMeasure';
import type { Goal } from './goalsRepo';
import { useGoals } from './useToday';

export default function GoalsPage() {
  const goals = useGoals();
  const [, navigate] = useLocation();
  const active = goals?.filter((g) => g.status === 'active') ?? [];
  const drafts = goals?.filter((g) => g.status === 'draft') ?? [];
  const archived = goals?.filter((g) => g.status === 'archived') ?? [];
  return (
    <section className="goals">
      <h1>Goals</h1>
      <p className="muted">
        Goals in your own words, measured your way. Small steps count, and you can change course any
        time.
      </p>
      {/* A new goal gets its id before the first letter, so a reload finds it at the same place. */}
      <button type="button" className="button" onClick={() => navigate(ROUTES.goal(newId()))}>
        Start a new goal
      </button>
      {goals === undefined ? (
        <p className="muted">Opening…</p>
      ) : goals.length === 0 ? (
        <p className="goals__empty">
          No goals yet. A goal can be as small as a glass of water or a walk around the block.
        </p>
      ) : (
        <>
          <GoalList title="Goals you're working on" goals={active} />
          <GoalList title="Drafts" goals={drafts} />
          <GoalList title="Put away for now" goals={archived} />
        </>
      )}
    </section>
  );
}

function GoalList({ title, goals }: { title: string; goals: Goal[] }) {
  if (goals.length === 0) return null;
  const id = `goals-${title.replace(/\W+/gu, '-').toLowerCase()}`;
  return (
    <>
      <h2 id={id}>{title}</h2>
      <ul className="plain-list goals__list" aria-labelledby={id}>
        {goals.map((goal) => (
          <li key={goal.id}>
            <Link href={ROUTES.goal(goal.id)} className="goals__row">
              <strong>
                {goal.unreadable ? 'Could not be opened' : goal.name.trim() || 'Unnamed draft'}
              </strong>
              <span className="muted">{MEASURE_LABELS[goal.measure.kind]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
