import type { IndexedEntry } from './textIndex';
import { highlight, snippet, type QueryTerm, type Segment } from './searchText';

/**
 * One found entry as the search screen shows it, already cut and highlighted where the index
 * lives (the worker): only these few lines cross to the page, never the entries' whole text.
 */
export interface ResultItem {
  id: string;
  created: number;
  heading: Segment[];
  /** Absent when the heading already shows all of a short entry. */
  snippet?: Segment[];
}

export interface SearchAnswer {
  query: string;
  terms: QueryTerm[];
  /** How many entries match in all. */
  total: number;
  /** The first matches, newest first, as many as were asked for. */
  items: ResultItem[];
  /** False while the index is still opening the older entries: the newest have been looked
   * through, and more matches may come. */
  complete: boolean;
}

function firstLine(entry: IndexedEntry): string {
  if (entry.title.trim()) return entry.title;
  const line = entry.body.trimStart().split('\n', 1)[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 80).trimEnd()}…` : line;
}

export function resultItem(entry: IndexedEntry, terms: QueryTerm[]): ResultItem {
  const heading = firstLine(entry);
  const item: ResultItem = {
    id: entry.id,
    created: entry.created,
    heading: highlight(heading, terms),
  };
  if (entry.title.trim().length > 0 || entry.body.length > heading.length) {
    item.snippet = highlight(snippet(entry.body, terms), terms);
  }
  return item;
}
