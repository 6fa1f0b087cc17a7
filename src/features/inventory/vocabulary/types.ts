/**
 * Step 4 emotion vocabulary: the shapes of the built-in words, written in our own words.
 *
 * Ids are stable slugs that inventories store. Never rename or remove one; add a new id instead.
 * A person's own words are kept with their inventories, not here.
 */

/** A family of related feelings, such as anger or calm. */
export interface FeelingFamily {
  /** Stable slug, never renamed. */
  id: string;
  /** Sentence-case name for headings, e.g. "Sadness and grief". */
  name: string;
  /** One plain line about what the family holds. */
  description: string;
  /** True for the comfortable families (hope, relief, calm, gratitude, pride, connection). */
  comfortable: boolean;
}

/** One feeling word with a short plain meaning. */
export interface Feeling {
  /** Stable slug, never renamed. */
  id: string;
  /** Lowercase, so it reads well mid-sentence: "you named dread 3 times". */
  word: string;
  /** The id of a FeelingFamily. */
  family: string;
  /** One short plain sentence, second person where natural. */
  meaning: string;
}

/** A simple place in the body where a feeling can sit. */
export interface BodyPlace {
  /** Stable slug, never renamed. */
  id: string;
  /** Sentence-case label for a checkbox list. */
  label: string;
}
