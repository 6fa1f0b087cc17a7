import { useLiveQuery } from 'dexie-react-hooks';
import { amendsIdFor, getInventoryItem, listInventoryItems } from './classicInventoryRepo';
import {
  countEmotionInventories,
  getEmotionInventory,
  listEmotionInventories,
} from './emotionInventoryRepo';
import { getLetterToMyself, listLettersToMyself } from './letterToMyselfRepo';
import { listOwnFeelings } from './ownFeelingsRepo';
import { listTrendInputs } from './trendDigestRepo';
import type { InventoryList } from './types';
import {
  computeTrends,
  rangeDays,
  type TrendBucket,
  type TrendRange,
  type TrendWords,
} from './trends';

// Live reads for the inventory screens. `null` while loading; `undefined` when there is no record.

export function useEmotionInventory(id: string) {
  return useLiveQuery(() => getEmotionInventory(id), [id], null);
}

export function useEmotionHistory(limit: number) {
  return useLiveQuery(
    async () => ({
      inventories: await listEmotionInventories(limit),
      total: await countEmotionInventories(),
    }),
    [limit],
  );
}

export function useOwnFeelings() {
  return useLiveQuery(() => listOwnFeelings(), []);
}

export function useInventoryItem(id: string) {
  return useLiveQuery(() => getInventoryItem(id), [id], null);
}

export function useInventoryList(list: InventoryList) {
  return useLiveQuery(() => listInventoryItems(list), [list]);
}

export function useAmendsLink(itemId: string) {
  return useLiveQuery(() => amendsIdFor(itemId), [itemId], null);
}

export function useLetterToMyself(id: string) {
  return useLiveQuery(() => getLetterToMyself(id), [id], null);
}

export function useLettersToMyself() {
  return useLiveQuery(() => listLettersToMyself(), []);
}

/** The picture for a range ending today, from finished inventories only, in `words`' language. */
export function useTrends(range: TrendRange, bucket: TrendBucket, words: TrendWords) {
  const { vocabulary, locale } = words;
  return useLiveQuery(async () => {
    const days = rangeDays(range);
    return computeTrends(await listTrendInputs(days.fromDay, days.toDay), {
      ...days,
      bucket,
      vocabulary,
      locale,
    });
  }, [range, bucket, vocabulary, locale]);
}
