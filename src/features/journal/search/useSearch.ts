import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useVaultStore } from '../../../core/vaultStore';
import {
  getSearchIndexState,
  searchIndex,
  startSearchIndex,
  subscribeSearchIndex,
  type IndexStatus,
  type SearchResults,
} from './searchIndex';

export interface SearchView {
  status: IndexStatus;
  /** How many entries the index holds. */
  size: number;
  results: SearchResults;
}

/** Searches as the person types; starts the index when the journal is open. */
export function useSearch(query: string): SearchView {
  const vault = useVaultStore((s) => s.status);
  useEffect(() => {
    if (vault === 'open') startSearchIndex();
  }, [vault]);
  const state = useSyncExternalStore(subscribeSearchIndex, getSearchIndexState);
  const results = useMemo(
    () => (state.status === 'ready' ? searchIndex.search(query) : { terms: [], entries: [] }),
    // `state.version` changes whenever the index does.
    [query, state],
  );
  return { status: state.status, size: searchIndex.size, results };
}
