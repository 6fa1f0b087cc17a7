import { useLiveQuery } from 'dexie-react-hooks';
import { countEntriesByStep, getEntry, listEntries, listEntriesForStep } from './journalRepo';

export function useEntries() {
  return useLiveQuery(() => listEntries(), []);
}

/** `null` while loading; `undefined` when no entry has this id yet (a new page). */
export function useEntry(id: string) {
  return useLiveQuery(() => getEntry(id), [id], null);
}

export function useEntriesForStep(step: number) {
  return useLiveQuery(() => listEntriesForStep(step), [step]);
}

export function useEntryCountsByStep() {
  return useLiveQuery(() => countEntriesByStep(), []);
}
