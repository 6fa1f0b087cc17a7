import { use } from 'react';
import type { STEP_SUMMARIES } from './summaries';
import type { StepWords } from './useStepContent';

// For other features' screens (through steps/index.ts): the steps' words in the person's
// language, loaded when a screen first asks. Today's first screen imports steps/index.ts, and a
// plain re-export of useStepContent there brought every step's English content into that
// screen's code (about 12 KB gzip); here the content stays behind a dynamic import.
let content: Promise<typeof import('./useStepContent')> | undefined;
let summaries: Promise<typeof import('./useStepSummaries')> | undefined;

/** useStepWords (useStepContent.ts), for a screen outside the steps feature. Suspends while the
 * words load. */
export function useStepWordsSoon(): StepWords {
  content ??= import('./useStepContent');
  return use(content).useStepWords();
}

/** useStepSummaries, for a screen outside the steps feature: each step's number and title. */
export function useStepSummariesSoon(): typeof STEP_SUMMARIES {
  summaries ??= import('./useStepSummaries');
  return use(summaries).useStepSummaries();
}
