import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';
import { db } from '../../../db/db';

/** Which entries a committed write touched: their ids, or every entry when the write covered a
 * range of keys rather than named records (clearing the table, replacing from a backup). */
export type EntryChange = { ids: string[] } | { all: true };

/** Reads the entries part of Dexie's change notice: `idb://<db>/entries/` holds the primary keys
 * of the records a write touched (dexie.d.ts, ObservabilitySet). */
export function entryChangeOf(parts: ObservabilitySet, dbName: string): EntryChange | null {
  const tree = parts[`idb://${dbName}/entries/`];
  if (!tree) return null;
  const ids: string[] = [];
  for (const node of RangeSet(tree)) {
    if (typeof node.from !== 'string' || node.from !== node.to) return { all: true };
    ids.push(node.from);
  }
  return ids.length > 0 ? { ids } : null;
}

/**
 * Calls `onChange` after every committed write to the journal's entries, in this tab or another
 * (Dexie passes other tabs' notices on). Unlike a live query, nothing is read to find out: the
 * notice names the records, so a keystroke's autosave costs the index one record, not a scan of
 * 10,000 keys.
 */
export function watchEntryChanges(onChange: (change: EntryChange) => void): () => void {
  const listener = (parts: ObservabilitySet) => {
    const change = entryChangeOf(parts, db.name);
    if (change) onChange(change);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
