import { vocabularyLookups } from '../lookups';
import { BODY_PLACES } from './bodyPlaces';
import { FAMILIES } from './families';
import { FEELINGS } from './feelings';
import { NEEDS } from './needs';

// The Spanish vocabulary, in the shapes of ../index.ts: the same ids (inventories store them),
// the words a person reads in Spanish. The types stay the English index's own.

export { BODY_PLACES, FAMILIES, FEELINGS, NEEDS };
export { searchFeelings } from './search';

export const { feelingsByFamily, findFeeling, findFamily, findBodyPlace, findNeed } =
  vocabularyLookups({
    feelings: FEELINGS,
    families: FAMILIES,
    bodyPlaces: BODY_PLACES,
    needs: NEEDS,
  });
