import { useLiveQuery } from 'dexie-react-hooks';
import { getRecovery, isRecoveryOn } from './recoveryRepo';
import { getCheckinMeta, getLastDraftToday } from './todayRepo';

// Only what the eager Today screen needs, so the first screen does not pull in the goal and
// check-in repositories. `undefined` means still loading; `null` means nothing there.

export function useCheckinMeta(day: string) {
  return useLiveQuery(() => getCheckinMeta(day), [day]);
}

export function useLastDraftToday(day: string) {
  // `day` is a dependency so the query runs again when the date turns over.
  return useLiveQuery(() => getLastDraftToday(), [day]);
}

export function useRecoveryOn() {
  return useLiveQuery(() => isRecoveryOn(), []);
}

export function useRecovery() {
  return useLiveQuery(async () => (await getRecovery()) ?? null, []);
}
