import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { PlanEditor } from './PlanEditor';
import { PlanLoadNotice } from './PlanToRead';
import { saveSafetyPlan, watchSafetyPlan } from './safetyPlanRepo';
import { SAFETY_PLAN_SECTIONS } from './safetyPlanSections';
import { usePlanDocument } from './usePlanDocument';
import './safety.css';

export default function SafetyPlanPage() {
  const t = useT();
  const loaded = usePlanDocument(watchSafetyPlan);

  return (
    <section className="safety-plan">
      <p className="row">
        <Link href={ROUTES.help}>{t('Help now')}</Link>
        <Link href={ROUTES.safetyPlan}>{t('Read my plan')}</Link>
      </p>
      <h1>{t('Change my safety plan')}</h1>
      <p>
        {t(
          'A plan you write while things are calmer, to follow when they are not. Fill in as much or as little as you like; it saves as you type and is sealed like everything you write.',
        )}
      </p>
      <PlanLoadNotice loaded={loaded} />
      {loaded.status === 'ready' && (
        <PlanEditor stored={loaded.stored} sections={SAFETY_PLAN_SECTIONS} save={saveSafetyPlan} />
      )}
    </section>
  );
}
