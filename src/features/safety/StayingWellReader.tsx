import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { PlanLoadNotice, PlanToRead } from './PlanToRead';
import { watchStayingWell } from './stayingWellRepo';
import { STAYING_WELL_SECTIONS } from './stayingWellSections';
import { usePlanDocument } from './usePlanDocument';
import './safety.css';

/** The staying-well plan to read when an urge comes, or any day: calm, one part at a time. */
export default function StayingWellReader() {
  const loaded = usePlanDocument(watchStayingWell);
  return (
    <section className="plan-reader">
      <p>
        <Link href={ROUTES.help}>Help now</Link>
      </p>
      <h1>My staying-well plan</h1>
      <PlanLoadNotice loaded={loaded} />
      {loaded.status === 'ready' && (
        <PlanToRead stored={loaded.stored} sections={STAYING_WELL_SECTIONS} />
      )}
      <p>
        <Link href={ROUTES.stayingWellEdit} className="button button--quiet">
          {loaded.status === 'ready' && loaded.stored.updated === 0
            ? 'Write my plan'
            : 'Change my plan'}
        </Link>
      </p>
    </section>
  );
}
