import { msg } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { PlanReaderScreen } from './PlanReaderScreen';
import { watchSafetyPlan } from './safetyPlanRepo';
import { SAFETY_PLAN_SECTIONS } from './safetyPlanSections';

/** The safety plan to read in a hard moment: large and calm. */
export default function SafetyPlanReader() {
  return (
    <PlanReaderScreen
      title={msg('My safety plan')}
      watch={watchSafetyPlan}
      sections={SAFETY_PLAN_SECTIONS}
      editHref={ROUTES.safetyPlanEdit}
    />
  );
}
