import { useStepWordsSoon } from '../steps';

/** The step 4 letter exercise's own guidance, read from the step content in the person's
 * language, so the words live in one place. Suspends (the screen's "Opening…") while the steps'
 * words load. */
export function useLetterGuide(): readonly string[] {
  const step = useStepWordsSoon().getStep(4);
  return step?.exercises.find((exercise) => exercise.kind === 'letter')?.howTo ?? [];
}
