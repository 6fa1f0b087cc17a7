import { step01 } from './step01';
import { step02 } from './step02';
import { step03 } from './step03';
import { step04 } from './step04';
import { step05 } from './step05';
import { step06 } from './step06';
import { step07 } from './step07';
import { step08 } from './step08';
import { step09 } from './step09';
import { step10 } from './step10';
import { step11 } from './step11';
import { step12 } from './step12';
import type { FoundPrompt } from '../index';
import type { StepContent } from '../types';

// The Spanish steps, in the shapes of ../index.ts. Only what changes with the language lives here;
// the types and the worksheet helpers (isPair, worksheetFields) are the English index's own.

export { STEP_SUMMARIES } from './summaries';
export { getWorksheet, WORKSHEETS } from './worksheets';

/** The twelve steps, in order: STEPS[0] is step 1. */
export const STEPS: readonly StepContent[] = [
  step01,
  step02,
  step03,
  step04,
  step05,
  step06,
  step07,
  step08,
  step09,
  step10,
  step11,
  step12,
];

/** The step with this number (1 to 12), or undefined for any other value. */
export function getStep(n: number): StepContent | undefined {
  return STEPS.find((step) => step.number === n);
}

/** Looks up a prompt by its stable id (e.g. 's4-p2'); undefined if no step has it. */
export function findPrompt(id: string): FoundPrompt | undefined {
  for (const step of STEPS) {
    const prompt = step.prompts.find((p) => p.id === id);
    if (prompt) return { step, prompt };
  }
  return undefined;
}
