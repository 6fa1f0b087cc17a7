import { containsTerm, fold, parseQuery, type QueryTerm } from './searchText';

/** What the index keeps of an entry: its words and what orders and names it. */
export interface IndexedEntry {
  id: string;
  created: number;
  title: string;
  body: string;
  tags: string[];
  deletedAt?: number;
  unreadable?: true;
}

/**
 * Full-text search over opened entries, in memory only (DESIGN.md rule 6): nothing here is ever
 * written anywhere. Each live entry is kept as its folded text (title, body, tags); a search scans
 * those texts newest first, and scans only the last results when a keystroke narrows the query.
 *
 * Chosen by measuring 10,000 bench entries (10 M characters) in Node 20: folding them for the scan
 * takes about 25 ms and a keystroke 2–6 ms; a word → entries index took about 1 s to build
 * (fast keystrokes, too slow a start), MiniSearch 2.8 s to build with a 200 ms p95 keystroke, and
 * FlexSearch 7 s and 336 MB. Opening the entries already takes most of the 1 s start-up budget, so
 * the build that costs least wins, and it needs no dependency.
 *
 * A pure module: it runs inside the search worker (search.worker.ts) and is tested directly.
 */

interface Doc {
  entry: IndexedEntry;
  folded: string;
}

export interface SearchResults {
  terms: QueryTerm[];
  /** Every match, newest first. */
  entries: IndexedEntry[];
}

const newerFirst = (a: IndexedEntry, b: IndexedEntry) =>
  b.created - a.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function searchableText(entry: IndexedEntry): string {
  return fold(`${entry.title}\n${entry.body}\n${entry.tags.join('\n')}`);
}

/** True when every term of `next` can only match entries that `previous` matched. */
function narrows(next: QueryTerm[], previous: QueryTerm[]): boolean {
  if (previous.length === 0 || next.length < previous.length) return false;
  return previous.every((term, index) => {
    const other = next[index];
    if (!other) return false;
    return term.prefix
      ? other.text.startsWith(term.text)
      : other.text === term.text && !other.prefix;
  });
}

export class SearchIndex {
  /** Newest first. */
  private docs: Doc[] = [];
  private byId = new Map<string, Doc>();
  private recent = new Map<string, { terms: QueryTerm[]; docs: Doc[] }>();

  get size(): number {
    return this.docs.length;
  }

  replaceAll(entries: IndexedEntry[]): void {
    const docs = entries
      .filter((entry) => entry.deletedAt === undefined && !entry.unreadable)
      .map((entry) => ({ entry, folded: searchableText(entry) }));
    docs.sort((a, b) => newerFirst(a.entry, b.entry));
    this.docs = docs;
    this.byId = new Map(docs.map((doc) => [doc.entry.id, doc]));
    this.recent.clear();
  }

  /**
   * Adds entries older than those already held (the build's next slice, newest first): they go
   * on the end, with no re-sorting of what is there. One that is not older, or is already held
   * (the journal was replaced while it was read), is put in its place instead.
   */
  addOlder(entries: IndexedEntry[]): void {
    const docs = entries
      .filter((entry) => entry.deletedAt === undefined && !entry.unreadable)
      .map((entry) => ({ entry, folded: searchableText(entry) }));
    docs.sort((a, b) => newerFirst(a.entry, b.entry));
    for (const doc of docs) {
      const last = this.docs[this.docs.length - 1];
      if (this.byId.has(doc.entry.id) || (last && newerFirst(last.entry, doc.entry) > 0)) {
        this.put(doc.entry);
      } else {
        this.docs.push(doc);
        this.byId.set(doc.entry.id, doc);
      }
    }
    this.recent.clear();
  }

  /** Adds or refreshes one entry; a trashed or unreadable one is taken out. */
  put(entry: IndexedEntry): void {
    this.remove(entry.id);
    if (entry.deletedAt !== undefined || entry.unreadable) return;
    const doc = { entry, folded: searchableText(entry) };
    let low = 0;
    let high = this.docs.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const other = this.docs[middle];
      if (other && newerFirst(other.entry, entry) < 0) low = middle + 1;
      else high = middle;
    }
    this.docs.splice(low, 0, doc);
    this.byId.set(entry.id, doc);
    this.recent.clear();
  }

  remove(id: string): void {
    const doc = this.byId.get(id);
    if (!doc) return;
    this.byId.delete(id);
    const at = this.docs.indexOf(doc);
    if (at !== -1) this.docs.splice(at, 1);
    this.recent.clear();
  }

  clear(): void {
    this.docs = [];
    this.byId.clear();
    this.recent.clear();
  }

  search(query: string): SearchResults {
    const terms = parseQuery(query);
    if (terms.length === 0) return { terms, entries: [] };
    const key = terms.map((term) => term.text).join(' ');
    let docs = this.recent.get(key)?.docs;
    if (!docs) {
      // Typing one more letter can only narrow the results: scan the last results, not the lot.
      let pool = this.docs;
      for (const earlier of this.recent.values()) {
        if (earlier.docs.length < pool.length && narrows(terms, earlier.terms)) pool = earlier.docs;
      }
      // The longest word usually rules an entry out soonest.
      const order = [...terms].sort((a, b) => b.text.length - a.text.length);
      docs = pool.filter((doc) => order.every((term) => containsTerm(doc.folded, term)));
      if (this.recent.size >= 24) {
        const oldest = this.recent.keys().next();
        if (!oldest.done) this.recent.delete(oldest.value);
      }
      this.recent.set(key, { terms, docs });
    }
    return { terms, entries: docs.map((doc) => doc.entry) };
  }
}
