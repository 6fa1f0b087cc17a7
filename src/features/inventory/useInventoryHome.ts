import { useLiveQuery } from 'dexie-react-hooks';
import { countInventoryItems } from './classicInventoryRepo';
import { countEmotionInventories, listEmotionInventories } from './emotionInventoryRepo';

/**
 * Everything the inventory home reads, in one live query: the latest `limit` emotion inventories,
 * how many there are, and the classic lists' counts. One query means one result and one drawing
 * of the screen, where three separate ones cost three tasks (and three redraws) before the screen
 * settled on a slow phone. Kept apart from useInventory.ts so the home screen's code does not
 * carry the trends' date maths and the other screens' reads.
 */
export function useInventoryHome(limit: number) {
  return useLiveQuery(async () => {
    const [inventories, total, counts] = await Promise.all([
      listEmotionInventories(limit),
      countEmotionInventories(),
      countInventoryItems(),
    ]);
    return { inventories, total, counts };
  }, [limit]);
}

export type InventoryHome = NonNullable<ReturnType<typeof useInventoryHome>>;
