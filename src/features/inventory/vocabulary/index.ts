import { BODY_PLACES } from './bodyPlaces';
import { FAMILIES } from './families';
import { FEELINGS } from './feelings';
import { vocabularyLookups } from './lookups';
import { NEEDS } from './needs';

export { BODY_PLACES, FAMILIES, FEELINGS, NEEDS };

export const { feelingsByFamily, findFeeling, findFamily, findBodyPlace, findNeed } =
  vocabularyLookups({
    feelings: FEELINGS,
    families: FAMILIES,
    bodyPlaces: BODY_PLACES,
    needs: NEEDS,
  });

export { searchFeelings } from './search';
