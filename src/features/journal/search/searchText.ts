/**
 * The text rules search lives by, shared by the index and the highlighting so the two always
 * agree: lower case, accents folded ("Café" finds "cafe" and "cafe" finds "Café"), and a word is
 * a run of letters and digits in any script.
 */

const MARKS = /\p{M}/gu;
const NON_ASCII_RUN = /[^\p{ASCII}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const QUERY_WORD = /[\p{L}\p{N}]+/gu;
/** A word as written: marks stay attached to their letter. */
const WRITTEN_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

export function fold(text: string): string {
  // Most journal text is ASCII: only the runs of other characters pay for normalization. A mark
  // that follows an ASCII letter ("e" + combining acute) is a run of its own and is dropped.
  return text
    .toLowerCase()
    .replace(NON_ASCII_RUN, (run) => run.normalize('NFD').replace(MARKS, ''));
}

function isWordCode(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  }
  return WORD_CHAR.test(text.charAt(index));
}

export interface QueryTerm {
  /** Folded. */
  text: string;
  /** The last word typed matches the start of a word; the others match whole words. */
  prefix: boolean;
}

export function parseQuery(query: string): QueryTerm[] {
  const words = fold(query).match(QUERY_WORD) ?? [];
  return words.map((text, index) => ({ text, prefix: index === words.length - 1 }));
}

/** True when the folded text holds the term at the start of a word (and, unless a prefix, as a
 * whole word). */
export function containsTerm(folded: string, term: QueryTerm): boolean {
  const length = term.text.length;
  let at = folded.indexOf(term.text);
  while (at !== -1) {
    if (
      (at === 0 || !isWordCode(folded, at - 1)) &&
      (term.prefix || at + length >= folded.length || !isWordCode(folded, at + length))
    ) {
      return true;
    }
    at = folded.indexOf(term.text, at + 1);
  }
  return false;
}

/** How many characters of a written word make up its first `foldedLength` folded characters. */
function writtenLength(word: string, foldedLength: number): number {
  let folded = 0;
  let end = 0;
  for (const char of word) {
    if (folded >= foldedLength && !/\p{M}/u.test(char)) break;
    folded += fold(char).length;
    end += char.length;
  }
  return end;
}

export interface Segment {
  text: string;
  match: boolean;
}

/** Where the query's words appear in a piece of written text, as [start, end) ranges. */
function matchRanges(text: string, terms: QueryTerm[], limit = Infinity): [number, number][] {
  const ranges: [number, number][] = [];
  if (terms.length === 0) return ranges;
  for (const found of text.matchAll(WRITTEN_WORD)) {
    const word = found[0];
    const folded = fold(word);
    let length = 0;
    for (const term of terms) {
      if (term.prefix ? folded.startsWith(term.text) : folded === term.text) {
        length = Math.max(
          length,
          term.prefix ? writtenLength(word, term.text.length) : word.length,
        );
      }
    }
    if (length > 0) {
      ranges.push([found.index, found.index + length]);
      if (ranges.length >= limit) break;
    }
  }
  return ranges;
}

/** Splits text into plain and matched pieces; the screen renders them as text and <mark>. */
export function highlight(text: string, terms: QueryTerm[]): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > from) segments.push({ text: text.slice(from, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    from = end;
  }
  if (from < text.length) segments.push({ text: text.slice(from), match: false });
  return segments;
}

/** A short piece of the body around the first match, cut at spaces, with ellipses. */
export function snippet(body: string, terms: QueryTerm[], before = 60, after = 160): string {
  const [first] = matchRanges(body, terms, 1);
  const at = first ? first[0] : 0;
  let start = Math.max(0, at - before);
  let end = Math.min(body.length, at + after);
  if (start > 0) {
    const space = body.indexOf(' ', start);
    if (space !== -1 && space < at) start = space + 1;
  }
  if (end < body.length) {
    const space = body.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  const piece = body.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${piece}${end < body.length ? '…' : ''}`;
}
