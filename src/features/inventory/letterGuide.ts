import { use } from 'react';
import { loadStepWords } from '../steps';

let stepWords: ReturnType<typeof loadStepWords> | undefined;

/** The step 4 letter exercise's own guidance, read from the step content in the person's
 * language, so the words live in one place. Suspends (the screen's "Opening…") while the steps'
 * words load. */
export function useLetterGuide(): readonly string[] {
  stepWords ??= loadStepWords();
  const step = use(stepWords).useStepWords().getStep(4);
  return step?.exercises.find((exercise) => exercise.kind === 'letter')?.howTo ?? [];
}
