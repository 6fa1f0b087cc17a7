import { CRISIS_PLACES } from './crisisLinePlaces';

/**
 * Crisis lines, kept on the device so they show with the network off and while the journal is
 * locked. A wrong number in a hard moment does harm, so each number was found written on a stored
 * public page (the organisation's own, a government's, a health service's, or a newspaper's report
 * of the line), none from memory, and a country whose emergency number no page confirmed is left
 * out. The page and the day it was checked are kept beside the code, in
 * docs/crisis-line-sources.json, not in the app (which names no other web origin);
 * tests/unit/crisisLines.test.ts fails for a number without them. See the README, "Crisis lines",
 * for how to tell us about a number that is wrong.
 */

/** Police, ambulance, fire: what to call when life is in danger. */
interface EmergencyNumber {
  name: string;
  /** What it reaches, in plain words. */
  detail: string;
  call: string;
}

export interface CrisisLine {
  name: string;
  /** What it is, in plain words, when that helps to choose it. */
  detail: string;
  call?: string;
  /** Only SMS: it works without the internet. Chat and apps are left out on purpose. */
  text?: { number: string; body?: string };
  /** When it answers, as the source says; absent when the source does not say. */
  hours?: string;
  languages?: string[];
}

/**
 * A country as the first screen knows it: its name and emergency numbers (crisisLinePlaces.ts,
 * the one place they are kept). Its crisis lines (crisisLineCountries.ts, larger) load after the
 * first paint (CrisisLines.tsx); the emergency numbers always show meanwhile, so there is a
 * number to call from the start.
 */
export interface CrisisPlace {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  name: string;
  /** At least one, always shown. */
  emergency: EmergencyNumber[];
}

const BY_CODE = new Map(CRISIS_PLACES.map((place) => [place.code, place]));

/** The country held under this code, by its emergency numbers; undefined when none is held. */
export function crisisCountry(code: string | undefined): CrisisPlace | undefined {
  return code ? BY_CODE.get(code.toUpperCase()) : undefined;
}

/** A name as alphabetical order reads it: accents and case set aside ("Côte" by "Cote"). */
const sortKey = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Countries in the order of their names, for a list to choose from. Sorted without
 * `localeCompare`: this module runs with the app's first screen on every visit, and the browser's
 * first collation loads its whole collation data, a few tens of milliseconds of a slow phone's
 * thread (found in Lighthouse's trace, issue #13). For these names, English or Spanish, the order is the
 * same (the unit test holds it to `localeCompare`'s). Sorted on each call, as the names follow
 * the language.
 */
export const countriesByName = (): CrisisPlace[] =>
  CRISIS_PLACES.map((place) => ({ place, key: sortKey(place.name) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ place }) => place);
