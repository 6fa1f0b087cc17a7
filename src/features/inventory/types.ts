import type { DraftStatus, InventoryList } from '../../db/types';
import { InputError } from '../../lib/errors';

export type { InventoryList };

/** The lowest and highest intensity a feeling can be given. */
export const MIN_INTENSITY = 0;
export const MAX_INTENSITY = 10;

/** One feeling named in an inventory. A person's own word is kept here too, so the inventory still
 * says it even if the word later leaves their list. */
export interface ChosenFeeling {
  /** A built-in feeling id, or an own word's id (`own-…`). */
  feelingId: string;
  /** 0–10 once the person sets it; absent until then (never a guessed middle). Inventories
   * written before this was optional all have one. */
  intensity?: number;
  /** Present for a person's own words only; built-in words come from the vocabulary. */
  word?: string;
}

/** What is sealed on an emotion inventory: everything the person chose or wrote. */
export interface EmotionInventoryFields {
  whatHappened: string;
  feelings: ChosenFeeling[];
  bodyPlaces: string[];
  thoughts: string;
  needs: string;
  /** Needs chosen from the short list (vocabulary/needs.ts), beside the words in `needs`. */
  chosenNeeds: string[];
  kindThing: string;
}

/** An emotion inventory as screens see it: opened, with its clear metadata beside it. */
export interface EmotionInventory extends EmotionInventoryFields {
  id: string;
  day: string;
  status: DraftStatus;
  created: number;
  updated: number;
  /** Set when the sealed words could not be opened. */
  unreadable?: true;
}

export type EmotionInventoryInput = Partial<EmotionInventoryFields> & { id: string };

/** A word a person added to the vocabulary themself. */
export interface OwnFeeling {
  id: string;
  word: string;
}

/** What a resentment can touch, in the familiar column. */
export type Touched = 'self-esteem' | 'security' | 'relationships' | 'pride' | 'ambitions';

/**
 * What is sealed on a classic-inventory row. The fields are shared by the three lists and each
 * list labels them in its own words (see classicLists.ts):
 * resentment: subject = who or what, story = what happened, touched, myPart;
 * fear: subject = the fear, story = where it comes from, shapes = how it shapes what I do;
 * harm: subject = whom, story = what happened, myPart.
 */
export interface ClassicItemFields {
  subject: string;
  story: string;
  shapes?: string;
  touched?: Touched[];
  touchedOther?: string;
  /** Never present when `doneToMe`: there was no part to name. */
  myPart?: string;
  doneToMe: boolean;
}

export interface ClassicItem extends ClassicItemFields {
  id: string;
  list: InventoryList;
  day: string;
  created: number;
  updated: number;
  unreadable?: true;
}

export type ClassicItemInput = Partial<ClassicItemFields> & { id: string; list: InventoryList };

/** What is sealed on an amends row that came from a harms row (the amends issue reads these). */
export interface AmendsFields {
  person: string;
  whatHappened: string;
  myPart?: string;
}

export interface LetterToMyself {
  id: string;
  body: string;
  created: number;
  updated: number;
  unreadable?: true;
}

/** Plain-words refusal from an inventory repository, safe to show on screen as it is. */
export class InventoryInputError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'InventoryInputError';
  }
}
