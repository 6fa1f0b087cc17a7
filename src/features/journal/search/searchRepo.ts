import { liveQuery } from 'dexie';
import { db } from '../../../db/db';

/** An entry's clear metadata, enough to tell whether the search index holds its latest words. */
export interface EntryVersion {
  id: string;
  updated: number;
}

/**
 * Live entries and the time each was last written, read from the clear indexes alone: no
 * ciphertext is loaded, so this stays cheap with 10,000 entries and can run on every change.
 */
export async function listEntryVersions(): Promise<EntryVersion[]> {
  const byUpdated = db.entries.orderBy('updated');
  const [updated, ids, trashed] = await Promise.all([
    byUpdated.keys(),
    byUpdated.primaryKeys(),
    db.entries.where('deletedAt').above(0).primaryKeys(),
  ]);
  const inTrash = new Set(trashed);
  const versions: EntryVersion[] = [];
  ids.forEach((id, index) => {
    if (!inTrash.has(id)) versions.push({ id, updated: Number(updated[index]) });
  });
  return versions;
}

/** Calls `onChange` with the versions now, and again whenever an entry is written or trashed. */
export function watchEntryVersions(
  onChange: (versions: EntryVersion[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(listEntryVersions).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}
