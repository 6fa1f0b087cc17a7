import { use } from 'react';
import { useLanguage } from '../../../core/i18n/language';
import { STEP_SUMMARIES } from './summaries';

// Apart from useStepContent.ts, so the list of steps still loads without the steps' full words.
let spanish: Promise<typeof STEP_SUMMARIES> | undefined;

/** Each step's number, title and promise, for the steps list, in the person's language. */
export function useStepSummaries(): typeof STEP_SUMMARIES {
  if (useLanguage() === 'en') return STEP_SUMMARIES;
  spanish ??= import('./es/summaries').then((module) => module.STEP_SUMMARIES);
  return use(spanish);
}
