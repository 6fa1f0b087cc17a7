import { getStep } from '../steps';

/** The step 4 letter exercise's own guidance, read from the step content so the words live in one
 * place. */
export const LETTER_GUIDE: readonly string[] =
  getStep(4)?.exercises.find((exercise) => exercise.kind === 'letter')?.howTo ?? [];
