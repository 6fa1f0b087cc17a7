import { use } from 'react';
import { useLanguage } from '../../../core/i18n/language';
import { findPrompt, getStep, getWorksheet, STEPS } from './index';

/** What the step screens read of the steps' words, in one language. */
export interface StepWords {
  STEPS: typeof STEPS;
  getStep: typeof getStep;
  findPrompt: typeof findPrompt;
  getWorksheet: typeof getWorksheet;
}

const ENGLISH: StepWords = { STEPS, getStep, findPrompt, getWorksheet };

// Each language's words load once, when a step screen first asks for them in that language: the
// step screens are lazy, and Spanish stays out of the English person's downloads and the reverse.
let spanish: Promise<StepWords> | undefined;

/** The steps in the person's language. Suspends (the screen's "Opening…") while they load. */
export function useStepWords(): StepWords {
  if (useLanguage() === 'en') return ENGLISH;
  spanish ??= import('./es');
  return use(spanish);
}
