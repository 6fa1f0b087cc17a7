import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { PlanLoadNotice, PlanToRead } from './PlanToRead';
import { watchSafetyPlan } from './safetyPlanRepo';
import { SAFETY_PLAN_SECTIONS } from './safetyPlanSections';
import { usePlanDocument } from './usePlanDocument';
import './safety.css';

/** The safety plan to read in a hard moment: large and calm, with changing it a tap away. */
export default function SafetyPlanReader() {
  const loaded = usePlanDocument(watchSafetyPlan);
  return (
    <section className="plan-reader">
      <p>
        <Link href={ROUTES.help}>Help now</Link>
      </p>
      <h1>My safety plan</h1>
      <PlanLoadNotice loaded={loaded} />
      {loaded.status === 'ready' && (
        <PlanToRead stored={loaded.stored} sections={SAFETY_PLAN_SECTIONS} />
      )}
      <p>
        <Link href={ROUTES.safetyPlanEdit} className="button button--quiet">
          {loaded.status === 'ready' && loaded.stored.updated === 0
            ? 'Write my plan'
            : 'Change my plan'}
        </Link>
      </p>
    </section>
  );
}
