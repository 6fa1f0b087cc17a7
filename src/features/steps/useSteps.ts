import { useLiveQuery } from 'dexie-react-hooks';
import { getProgress, listStatuses } from './stepProgressRepo';
import { getWorksheetWords } from './worksheetRepo';

/** `null` while loading; `undefined` when the person has recorded nothing on this step yet. */
export function useStepProgress(step: number) {
  return useLiveQuery(() => getProgress(step), [step], null);
}

/** Each recorded step's status (clear metadata, nothing opened); `undefined` while loading. */
export function useStepStatuses() {
  return useLiveQuery(() => listStatuses(), []);
}

/** An exercise's worksheet: `null` while loading, `undefined` while nothing is written. */
export function useWorksheetWords(exerciseId: string) {
  return useLiveQuery(() => getWorksheetWords(exerciseId), [exerciseId], null);
}
