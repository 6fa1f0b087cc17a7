import type { FeelingGroup } from '..';
import type { Need } from '../needs';
import type { BodyPlace, Feeling, FeelingFamily } from '../types';
import { BODY_PLACES } from './bodyPlaces';
import { FAMILIES } from './families';
import { FEELINGS } from './feelings';
import { NEEDS } from './needs';

// The Spanish vocabulary, in the shapes of ../index.ts: the same ids (inventories store them),
// the words a person reads in Spanish. The types stay the English index's own.

export { BODY_PLACES, FAMILIES, FEELINGS, NEEDS };
export { searchFeelings } from './search';

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
const needById = new Map(NEEDS.map((need) => [need.id, need]));

/** The built-in feeling with this id, in Spanish, or undefined (for example, a person's own word). */
export function findFeeling(id: string): Feeling | undefined {
  return feelingById.get(id);
}

/** The family with this id, in Spanish, or undefined. */
export function findFamily(id: string): FeelingFamily | undefined {
  return familyById.get(id);
}

/** The body place with this id, in Spanish, or undefined. */
export function findBodyPlace(id: string): BodyPlace | undefined {
  return bodyPlaceById.get(id);
}

/** The need with this id, in Spanish, or undefined. */
export function findNeed(id: string): Need | undefined {
  return needById.get(id);
}
