import { useLiveQuery } from 'dexie-react-hooks';
import { getEntry, listEntries } from './journalRepo';

export function useEntries() {
  return useLiveQuery(() => listEntries(), []);
}

/** `null` while loading; `undefined` when no entry has this id yet (a new page). */
export function useEntry(id: string) {
  return useLiveQuery(() => getEntry(id), [id], null);
}
