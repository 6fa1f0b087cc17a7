import { useLiveQuery } from 'dexie-react-hooks';
import { getWorksheetWords } from './worksheetRepo';

// Apart from useSteps: Today reads step statuses on the first screen, and the worksheets' shapes
// (every step's exercises) must not come with them.

/** An exercise's worksheet: `null` while loading, `undefined` while nothing is written. */
export function useWorksheetWords(exerciseId: string) {
  return useLiveQuery(() => getWorksheetWords(exerciseId), [exerciseId], null);
}
