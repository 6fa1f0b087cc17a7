import type { ChosenFeeling } from './types';
import { findFamily, findFeeling } from './vocabulary';

/** From here a feeling is strong enough that the finished screen offers help alongside it. */
const STRONG = 8;

/** Whether any feeling named is both strong and from a painful family (a person's own words
 * belong to no family, so they are never read into). */
export function hasStrongPainfulFeeling(feelings: readonly ChosenFeeling[]): boolean {
  return feelings.some((chosen) => {
    if (chosen.intensity === undefined || chosen.intensity < STRONG) return false;
    const family = findFamily(findFeeling(chosen.feelingId)?.family ?? '');
    return family !== undefined && !family.comfortable;
  });
}
