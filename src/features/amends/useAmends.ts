import { useLiveQuery } from 'dexie-react-hooks';
import { getInventoryItem } from '../inventory';
import { getAccountability } from './accountabilityRepo';
import { getAmendsItem, listAmendsItems } from './amendsRepo';
import { getLetter, listLetters } from './lettersRepo';
import { getSelfForgiveness, listCheckins, listCommitments } from './selfAmendsRepo';

// Live reads for the amends screens. `null` while loading; `undefined` when there is no record.

export function useAmendsItems() {
  return useLiveQuery(() => listAmendsItems(), []);
}

export function useAmendsItem(id: string) {
  return useLiveQuery(() => getAmendsItem(id), [id], null);
}

/** Whether the inventory row an item came from was "done to me" (read through its own repo). */
export function useDoneToMe(inventoryItemId: string | undefined) {
  return useLiveQuery(
    async () =>
      inventoryItemId ? ((await getInventoryItem(inventoryItemId))?.doneToMe ?? false) : false,
    [inventoryItemId],
    null,
  );
}

export function useLetters() {
  return useLiveQuery(() => listLetters(), []);
}

export function useLetter(id: string) {
  return useLiveQuery(() => getLetter(id), [id], null);
}

export function useSelfForgiveness() {
  return useLiveQuery(() => getSelfForgiveness(), [], null);
}

export function useCommitments() {
  return useLiveQuery(() => listCommitments(), []);
}

export function useCheckins() {
  return useLiveQuery(() => listCheckins(), []);
}

export function useAccountability() {
  return useLiveQuery(() => getAccountability(), [], null);
}
