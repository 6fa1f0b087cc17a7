import { useCallback, useEffect, useRef } from 'react';
import { DeletedElsewhereError } from '../lib/errors';
import { fitToLimits } from '../lib/limits';
import { requestPersistenceOnce } from './persistence';
import { useAutosave } from './useAutosave';

/** Cuts words longer than a field keeps; after the write, the kit says which were cut. */
export type Fit = ReturnType<typeof fitToLimits>;

interface Options<R extends { updated: number }, T> {
  /** What is on screen, in the form compared for "changed" (a string or a stable value). */
  value: T;
  /**
   * Writes one value and returns the stored record's new `updated` time, or undefined when it
   * wrote nothing. Text goes through `fit`, so that words too long are kept as far as they fit
   * and the save line then names the box in plain words. `lastWritten` is this editor's own
   * latest write, for a repository that checks whether the record changed under it.
   */
  write: (value: T, fit: Fit, lastWritten: number | undefined) => Promise<number | undefined>;
  /** The record as stored now (live from the database), or undefined while there is none. */
  stored: R | undefined;
  /** Puts the stored words into the draft and returns them in the form `value` takes. */
  take: (stored: R) => T;
  /** False while the editor is still loading what it will edit. */
  enabled?: boolean;
  /** Shorter waits for a test that wants them; the defaults are useAutosave's. */
  delay?: number;
  maxWait?: number;
  retryDelay?: number;
}

/**
 * Everything an editor needs to keep what a person writes, in one call: autosave (a write as
 * soon as typing pauses, always ending on the latest words, flushed when the page is hidden,
 * closed, left by a link or reloaded for an update), following words saved in another tab while
 * nothing here waits, and asking the browser once to keep the site's storage after the first
 * write. Editors differ only in how they write and how they take stored words back.
 */
export function useEditorSave<R extends { updated: number }, T>({
  value,
  write,
  stored,
  take,
  enabled,
  delay,
  maxWait,
  retryDelay,
}: Options<R, T>) {
  const lastWritten = useRef<number | undefined>(stored?.updated);
  const writeRef = useRef(write);
  const takeRef = useRef(take);
  useEffect(() => {
    writeRef.current = write;
    takeRef.current = take;
  });

  const save = useCallback(async (next: T) => {
    const fit = fitToLimits();
    let updated: number | undefined;
    try {
      updated = await writeRef.current(next, fit, lastWritten.current);
    } catch (error) {
      // Deleted for good elsewhere: the save line offers the words on screen to copy.
      if (error instanceof DeletedElsewhereError) {
        error.words = fit.words() || (typeof next === 'string' ? next : '');
      }
      throw error;
    }
    if (updated !== undefined) {
      lastWritten.current = updated;
      void requestPersistenceOnce();
    }
    // What fitted is stored; the words that did not fit are named, in the error's own words.
    fit.check();
  }, []);
  const { state, flush, accept, isDirty } = useAutosave({
    value,
    save,
    enabled,
    ...(delay === undefined ? {} : { delay }),
    ...(maxWait === undefined ? {} : { maxWait }),
    ...(retryDelay === undefined ? {} : { retryDelay }),
  });

  // The record changed under this editor (another tab, or another screen) and nothing typed here
  // waits: take the stored words, so this editor's next write cannot put older words over newer.
  // When something here waits, the write from here comes later and wins.
  // A record older than this editor's own latest write is a live query answering late (it read
  // the database before that write landed): taking it would put older words back on screen.
  useEffect(() => {
    if (!stored || isDirty()) return;
    const mine = lastWritten.current;
    if (mine !== undefined && stored.updated <= mine) return;
    lastWritten.current = stored.updated;
    accept(takeRef.current(stored));
  }, [stored, accept, isDirty]);

  return { state, flush, isDirty };
}
