import type { JournalEntry } from '../db/types';

/**
 * Entries opened since unlock, by id, kept only in memory (DESIGN.md rule 6) so that the list,
 * filters and search do not decrypt the same record twice. A cached copy is used only while it
 * came from the very ciphertext stored now: every write has a fresh random IV, so the IV names
 * the version (two saves in one millisecond share a time, never an IV).
 * `forgetOpenedEntries` runs when the journal locks.
 */
const opened = new Map<string, { version: string; entry: JournalEntry }>();
const listeners = new Set<() => void>();

export function versionOf(iv: Uint8Array): string {
  // Twelve bytes as twelve UTF-16 units: a key, never shown, built cheaply for each record.
  return String.fromCharCode(...iv);
}

export function cachedEntry(id: string, version: string): JournalEntry | undefined {
  const hit = opened.get(id);
  return hit && hit.version === version ? hit.entry : undefined;
}

export function rememberEntry(version: string, entry: JournalEntry): void {
  opened.set(entry.id, { version, entry });
}

export function forgetEntry(id: string): void {
  opened.delete(id);
}

export function* allOpenedEntries(): Generator<JournalEntry> {
  for (const { entry } of opened.values()) yield entry;
}

export function forgetOpenedEntries(): void {
  opened.clear();
  for (const listener of listeners) listener();
}

/** Lets other in-memory structures (the search index) drop their copies at the same moment. */
export function onForgetOpenedEntries(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
