import { useLiveQuery } from 'dexie-react-hooks';
import { isOnThisDayOn, listYearAgoEntries } from './onThisDayRepo';

export function useOnThisDayOn() {
  return useLiveQuery(() => isOnThisDayOn(), []);
}

/** `undefined` while loading; `null` when the person has not turned it on. */
export function useYearAgoEntries(day: string, words: boolean) {
  return useLiveQuery(
    async () => ((await isOnThisDayOn()) ? listYearAgoEntries(day, words) : null),
    [day, words],
  );
}
