import { db } from '../../db/db';
import { SealError } from '../vault/crypto';
import { openFields, sealFields } from '../vault/sealing';
import { emptySafetyPlan, SAFETY_PLAN_SECTIONS, type SafetyPlan } from './safetyPlanSections';

/** The safety plan is one sealed document. */
export const SAFETY_PLAN_ID = 'safety-plan';
export const MAX_SECTION_CHARS = 20_000;

export class SafetyPlanInputError extends Error {
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

export async function saveSafetyPlan(plan: SafetyPlan, now = Date.now()): Promise<void> {
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
}

export interface LoadedPlan {
  plan: SafetyPlan;
  unreadable: boolean;
}

/** The plan, or an empty one when none was written. An unreadable plan is said to be so. */
export async function getSafetyPlan(): Promise<LoadedPlan> {
  const row = await db.documents.get(SAFETY_PLAN_ID);
  if (!row) return { plan: emptySafetyPlan(), unreadable: false };
  try {
    const stored = await openFields<Partial<SafetyPlan>>('documents', row);
    return { plan: { ...emptySafetyPlan(), ...stored }, unreadable: false };
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
    return { plan: emptySafetyPlan(), unreadable: true };
  }
}
