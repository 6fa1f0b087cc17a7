import { BODY_PLACES } from './bodyPlaces';
import { FAMILIES } from './families';
import { FEELINGS } from './feelings';
import type { BodyPlace, Feeling, FeelingFamily } from './types';

export type { BodyPlace, Feeling, FeelingFamily } from './types';
export { BODY_PLACES, FAMILIES, FEELINGS };

/** One family with its feelings, in display order. */
export interface FeelingGroup {
  family: FeelingFamily;
  feelings: Feeling[];
}

/** Every family in display order, each with its feelings in display order. */
export function feelingsByFamily(): FeelingGroup[] {
  return FAMILIES.map((family) => ({
    family,
    feelings: FEELINGS.filter((feeling) => feeling.family === family.id),
  }));
}

const feelingById = new Map(FEELINGS.map((feeling) => [feeling.id, feeling]));
const familyById = new Map(FAMILIES.map((family) => [family.id, family]));
const bodyPlaceById = new Map(BODY_PLACES.map((place) => [place.id, place]));

/** The built-in feeling with this id, or undefined (for example, a person's own word). */
export function findFeeling(id: string): Feeling | undefined {
  return feelingById.get(id);
}

/** The family with this id, or undefined. */
export function findFamily(id: string): FeelingFamily | undefined {
  return familyById.get(id);
}

/** The body place with this id, or undefined. */
export function findBodyPlace(id: string): BodyPlace | undefined {
  return bodyPlaceById.get(id);
}

export { searchFeelings } from './search';
export { findNeed, NEEDS } from './needs';
