import { liveQuery } from 'dexie';
import { db } from '../../db/db';
import { InputError } from '../../lib/errors';
import { SealError } from '../../core/crypto';
import { openFields, sealFields } from '../../core/sealing';
import { emptySafetyPlan, SAFETY_PLAN_SECTIONS, type SafetyPlan } from './safetyPlanSections';

/** The safety plan is one sealed document. */
export const SAFETY_PLAN_ID = 'safety-plan';
export const MAX_SECTION_CHARS = 20_000;

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
  const fields = validate(plan);
  const sealed = await sealFields('documents', SAFETY_PLAN_ID, fields);
  await db.transaction('rw', db.documents, async () => {
    const existing = await db.documents.get(SAFETY_PLAN_ID);
    await db.documents.put({
      id: SAFETY_PLAN_ID,
      created: existing?.created ?? now,
      updated: now,
      sealed,
    });
  });
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
  const row = await db.documents.get(SAFETY_PLAN_ID);
  if (!row) return { plan: emptySafetyPlan(), unreadable: false, updated: 0 };
  try {
    const opened = await openFields<SafetyPlan>('documents', row);
    // Only the sections: keys this app does not know stay on disk, never on screen.
    const plan = emptySafetyPlan();
    for (const { key } of SAFETY_PLAN_SECTIONS) plan[key] = opened[key];
    return { plan, unreadable: false, updated: row.updated };
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
    return { plan: emptySafetyPlan(), unreadable: true, updated: row.updated };
  }
}

/** Calls `onPlan` with the plan now and again whenever it is written, here or in another tab. */
export function watchSafetyPlan(
  onPlan: (loaded: LoadedPlan) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(getSafetyPlan).subscribe({ next: onPlan, error: onError });
  return () => subscription.unsubscribe();
}
