import { liveQuery } from 'dexie';
import { InputError } from '../../lib/errors';
import { sealedDocument } from '../../core/sealedStore';
import { emptySafetyPlan, SAFETY_PLAN_SECTIONS, type SafetyPlan } from './safetyPlanSections';

/** The safety plan is one sealed document. */
export const SAFETY_PLAN_ID = 'safety-plan';
export const MAX_SECTION_CHARS = 20_000;

const safetyPlan = sealedDocument<SafetyPlan>(SAFETY_PLAN_ID, emptySafetyPlan);

class SafetyPlanInputError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'SafetyPlanInputError';
  }
}

function validate(plan: SafetyPlan): SafetyPlan {
  const clean = emptySafetyPlan();
  for (const { key, title } of SAFETY_PLAN_SECTIONS) {
    const value = plan[key];
    if (typeof value !== 'string') throw new SafetyPlanInputError(`“${title}” needs text.`);
    if (value.length > MAX_SECTION_CHARS) {
      throw new SafetyPlanInputError(
        `“${title}” is longer than Stepwork can keep. Please shorten it.`,
      );
    }
    clean[key] = value;
  }
  return clean;
}

/** Saves the plan; returns the `updated` time written. */
export async function saveSafetyPlan(plan: SafetyPlan, now = Date.now()): Promise<number> {
  await safetyPlan.save(validate(plan), true, now);
  return now;
}

export interface LoadedPlan {
  plan: SafetyPlan;
  unreadable: boolean;
  /** When it was last written; 0 when there is no plan yet. */
  updated: number;
}

/** The plan, or an empty one when none was written. An unreadable plan is said to be so. */
export async function getSafetyPlan(): Promise<LoadedPlan> {
  const opened = await safetyPlan.get();
  if (!opened) return { plan: emptySafetyPlan(), unreadable: false, updated: 0 };
  // Only the sections: keys this app does not know stay on disk, never on screen.
  const plan = emptySafetyPlan();
  for (const { key } of SAFETY_PLAN_SECTIONS) plan[key] = opened[key];
  return { plan, unreadable: opened.unreadable === true, updated: opened.updated };
}

/** Calls `onPlan` with the plan now and again whenever it is written, here or in another tab. */
export function watchSafetyPlan(
  onPlan: (loaded: LoadedPlan) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(getSafetyPlan).subscribe({ next: onPlan, error: onError });
  return () => subscription.unsubscribe();
}
