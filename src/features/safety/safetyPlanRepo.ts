import { planDocument } from './planDocument';
import { emptySafetyPlan, SAFETY_PLAN_SECTIONS, type SafetyPlan } from './safetyPlanSections';

export { MAX_SECTION_CHARS } from './planDocument';

/** The safety plan is one sealed document. */
export const SAFETY_PLAN_ID = 'safety-plan';

const safetyPlan = planDocument(SAFETY_PLAN_ID, SAFETY_PLAN_SECTIONS, emptySafetyPlan);

/** Saves the plan; returns the `updated` time written. */
export function saveSafetyPlan(plan: SafetyPlan, now = Date.now()): Promise<number> {
  return safetyPlan.save(plan, now);
}

/** The plan, or an empty one when none was written. An unreadable plan is said to be so. */
export const getSafetyPlan = safetyPlan.get;

/** Calls `onPlan` with the plan now and again whenever it is written, here or in another tab. */
export const watchSafetyPlan = safetyPlan.watch;
