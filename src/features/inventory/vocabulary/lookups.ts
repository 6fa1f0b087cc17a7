import type { Need } from './needs';
import type { BodyPlace, Feeling, FeelingFamily } from './types';

/** One family with its feelings, in display order. */
export interface FeelingGroup {
  family: FeelingFamily;
  feelings: Feeling[];
}

function byId<T extends { id: string }>(items: readonly T[]): (id: string) => T | undefined {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id) => map.get(id);
}

/**
 * The lookups of one language's vocabulary: every language has the same ids (inventories store
 * them) and its own words. `find…` answers undefined for an id it does not hold (for example, a
 * person's own word); `feelingsByFamily` gives every family in display order, each with its
 * feelings in display order.
 */
export function vocabularyLookups(words: {
  feelings: readonly Feeling[];
  families: readonly FeelingFamily[];
  bodyPlaces: readonly BodyPlace[];
  needs: readonly Need[];
}) {
  return {
    feelingsByFamily: (): FeelingGroup[] =>
      words.families.map((family) => ({
        family,
        feelings: words.feelings.filter((feeling) => feeling.family === family.id),
      })),
    findFeeling: byId(words.feelings),
    findFamily: byId(words.families),
    findBodyPlace: byId(words.bodyPlaces),
    findNeed: byId(words.needs),
  };
}
