import { useLiveQuery } from 'dexie-react-hooks';
import {
  countEntriesByStep,
  getEntry,
  listEntries,
  listEntriesForStep,
  listEntryMeta,
  listRecentEntryMeta,
  listTags,
  listTrashedEntries,
} from './journalReadRepo';

/** Opened entries, but only when asked: filters on sealed fields (tags, mood) need them. */
export function useEntriesWhen(needed: boolean) {
  return useLiveQuery(() => (needed ? listEntries() : undefined), [needed]);
}

/** The whole journal's layout; pass `false` to hold the scan back (e.g. until the first screen
 * is drawn). */
export function useEntryMeta(enabled = true) {
  return useLiveQuery(() => (enabled ? listEntryMeta() : undefined), [enabled]);
}

export function useRecentEntryMeta(limit: number) {
  return useLiveQuery(() => listRecentEntryMeta(limit), [limit]);
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

export function useTrashedEntries() {
  return useLiveQuery(() => listTrashedEntries(), []);
}

export function useTagSuggestions(enabled: boolean) {
  return useLiveQuery(() => (enabled ? listTags() : []), [enabled], []);
}
