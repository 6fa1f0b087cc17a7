import { useStepWords } from '../steps';

/** The step 4 letter exercise's own guidance, read from the step content in the person's
 * language, so the words live in one place. */
export function useLetterGuide(): readonly string[] {
  const step = useStepWords().getStep(4);
  return step?.exercises.find((exercise) => exercise.kind === 'letter')?.howTo ?? [];
}
