import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, setSetting } from '../../core/settingsRepo';

/** Whether the person asked for milestones beside their recovery days: a preference, not their
 * words, so kept as a setting. Off unless they turn it on. */
export const MILESTONES_KEY = 'recoveryMilestones';

export function useMilestonesOn() {
  return useLiveQuery(async () => (await getSetting<boolean>(MILESTONES_KEY)) === true, []);
}

export async function setMilestonesOn(on: boolean): Promise<void> {
  await setSetting(MILESTONES_KEY, on === true);
}
