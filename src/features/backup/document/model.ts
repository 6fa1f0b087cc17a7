import { t } from '../../../core/i18n/language';

/**
 * A person's work as a document to read: what the reading view shows, prints, and what the
 * Markdown export writes. Built once (parts.ts, moreParts.ts), drawn twice, so a page read aloud
 * and a file handed over say the same thing in the same words.
 */

/** One labelled answer. A field without a label is the person's own words standing alone (an
 * entry's body, a letter to themself). */
export interface DocField {
  label?: string;
  text: string;
}

/** One thing a person wrote: an entry, an inventory, a row, a letter. A page of the reading view. */
export interface DocPart {
  /** Empty when the part is the whole of its section (a safety plan): the section names it. */
  title: string;
  /** Short facts under the title: the date, the step, the kind. */
  meta: string[];
  fields: DocField[];
}

/** A kind of work, under its own heading: "Resentments", "Journal entries". */
export interface DocSection {
  title: string;
  parts: DocPart[];
}

export interface ReadingDocument {
  title: string;
  sections: DocSection[];
}

/** A label another feature keeps in English as data (a status, a mood, a list's column), in
 * the person's language; undefined stays undefined. */
export const theirWords = (label: string | undefined): string | undefined =>
  label === undefined ? undefined : t(label);

const hasWords = (text: string | undefined): text is string => (text ?? '').trim().length > 0;

/** A field only when there are words in it: a document has no empty answers. */
export function field(label: string | undefined, text: string | undefined): DocField[] {
  return hasWords(text)
    ? [label === undefined ? { text: text.trim() } : { label, text: text.trim() }]
    : [];
}

/** A list as one line of plain words, or nothing when the list is empty. */
export function listField(label: string, items: readonly (string | undefined)[]): DocField[] {
  return field(label, items.filter(hasWords).join(', '));
}

/** Only sections that hold something, and only parts with words: no empty headings. */
export function document(title: string, sections: DocSection[]): ReadingDocument {
  return {
    title,
    sections: sections
      .map((section) => ({ ...section, parts: section.parts.filter((p) => p.fields.length > 0) }))
      .filter((section) => section.parts.length > 0),
  };
}
