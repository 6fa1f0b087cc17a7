import { CRISIS_PLACES } from './crisisLinePlaces';

/**
 * Crisis lines, kept on the device so they show with the network off and while the journal is
 * locked. A wrong number in a hard moment does harm, so every line carries the page that states
 * it and the day it was checked: each number here was found written on a stored public page (the
 * organisation's own, a government's, a health service's, or a newspaper's report of the line),
 * none from memory, and a country whose emergency number no page confirmed is left out. See the
 * README, "Crisis lines", for how to tell us about a number that is wrong.
 */
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
  /** The page that states the number. */
  source: string;
  /** yyyy-MM-dd */
  checked: string;
}

export interface CrisisCountry {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  name: string;
  /** Police, ambulance, fire: at least one, always shown. */
  emergency: CrisisLine[];
  lines: CrisisLine[];
}

/**
 * A country as the first screen knows it: its name and emergency numbers, with no crisis lines.
 * The lines of all 43 countries (crisisLineCountries.ts, about 30 KB) load after the first paint
 * (CrisisLines.tsx); these always show meanwhile, so there is a number to call from the start.
 */
export interface CrisisPlace {
  code: string;
  name: string;
  emergency: Pick<CrisisLine, 'name' | 'detail' | 'call'>[];
}

const BY_CODE = new Map(CRISIS_PLACES.map((place) => [place.code, place]));

/** The country held under this code, by its emergency numbers; undefined when none is held. */
export function crisisCountry(code: string | undefined): CrisisPlace | undefined {
  return code ? BY_CODE.get(code.toUpperCase()) : undefined;
}

/** Countries in the order of their names, for a list to choose from. */
export const COUNTRIES_BY_NAME: CrisisPlace[] = [...CRISIS_PLACES].sort((a, b) =>
  a.name.localeCompare(b.name, 'en'),
);

/** A `tel:` link. `*` stays: Chile's line is *4141, dialled as written. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+*]/g, '')}`;
}

export function smsHref(text: { number: string; body?: string }): string {
  const number = text.number.replace(/[^\d+]/g, '');
  return text.body ? `sms:${number}?body=${encodeURIComponent(text.body)}` : `sms:${number}`;
}
