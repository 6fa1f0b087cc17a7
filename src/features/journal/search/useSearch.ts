import { startTransition, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useVaultStore } from '../../../core/vaultStore';
import {
  canAsk,
  canSearch,
  getSearchIndexState,
  searchJournal,
  startSearchIndex,
  subscribeSearchIndex,
  type IndexStatus,
} from './searchIndex';
import type { SearchAnswer } from './searchResults';
import { parseQuery } from './searchText';

export interface SearchView {
  status: IndexStatus;
  /** How many entries the index holds (so far, while it is still building). */
  size: number;
  /** The answer to the latest question answered: while the worker answers a keystroke, the one
   * before it stays on screen rather than the list blinking empty. */
  results: SearchAnswer;
  /** True once a search can be answered: from every entry, or from the newest while the index
   * opens the older ones. */
  answering: boolean;
}

const nothing = (query: string): SearchAnswer => ({
  query,
  terms: [],
  total: 0,
  items: [],
  complete: true,
});

/** Searches as the person types (the first `limit` results); starts the index when the journal
 * is open. */
export function useSearch(query: string, limit: number): SearchView {
  const vault = useVaultStore((s) => s.status);
  useEffect(() => {
    if (vault === 'open') startSearchIndex();
  }, [vault]);
  const state = useSyncExternalStore(subscribeSearchIndex, getSearchIndexState);
  const [answer, setAnswer] = useState<SearchAnswer>(() => nothing(''));
  // Asked while the index is still opening its first entries too: the worker answers the
  // moment it has them, sooner than a question sent after it says so.
  const asking = canAsk(state) && parseQuery(query).length > 0;
  // Once the field is emptied, the last answer is let go: a new search starts from nothing
  // rather than showing the old results until the worker answers (React's pattern for state
  // that follows a render's inputs).
  if (!asking && answer.query !== '') setAnswer(nothing(''));
  const asked = useRef({ query, limit });
  useEffect(() => {
    asked.current = { query, limit };
  });
  useEffect(() => {
    if (!asking) return;
    // Answers come back in the order asked, so the newest to arrive is the newest asked. One
    // still on its way when the index grew (the same question is then asked again) is shown
    // rather than dropped: while the index builds, it may grow faster than an answer comes back.
    void searchJournal(query, limit).then((next) => {
      const now = asked.current;
      // Drawing the results can wait for the person's next keystroke: on a slow phone the
      // field then never waits for the list, and the list is drawn in slices between keys.
      if (now.query === query && now.limit === limit) startTransition(() => setAnswer(next));
    });
    // `state.version` changes whenever the index does: the same question is asked again.
  }, [asking, query, limit, state.version]);
  // An empty question needs no worker: nothing is shown at once.
  const results = asking ? answer : nothing(query);
  return { status: state.status, size: state.size, results, answering: canSearch(state) };
}
