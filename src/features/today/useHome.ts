import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, setSetting } from '../../core/settingsRepo';
import { getRecovery, isRecoveryOn } from './recoveryRepo';
import { getCheckinMeta, getLastDraftToday } from './todayRepo';

// Only what the eager Today screen needs, so the first screen does not pull in the goal and
// check-in repositories. `undefined` means still loading; `null` means nothing there.

export function useCheckinMeta(day: string) {
  return useLiveQuery(() => getCheckinMeta(day), [day]);
}

export function useLastDraftToday(day: string, words: boolean) {
  // `day` is a dependency so the query runs again when the date turns over.
  return useLiveQuery(() => getLastDraftToday(words), [day, words]);
}

export function useRecoveryOn() {
  return useLiveQuery(() => isRecoveryOn(), []);
}

export function useRecovery() {
  return useLiveQuery(async () => (await getRecovery()) ?? null, []);
}

/** Whether Today may show words: the last entry's first line and the day's step prompt. Off
 * unless the person turns it on, so a glance at the phone finds nothing they wrote. */
export const TODAY_SHOWS_WORDS_KEY = 'todayShowsWords';

export function useTodayShowsWords() {
  return useLiveQuery(async () => (await getSetting<boolean>(TODAY_SHOWS_WORDS_KEY)) === true, []);
}

export function setTodayShowsWords(on: boolean): Promise<void> {
  return setSetting(TODAY_SHOWS_WORDS_KEY, on);
}
