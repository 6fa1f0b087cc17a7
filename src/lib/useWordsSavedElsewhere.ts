import { useEffect, useRef, type RefObject } from 'react';

/**
 * Keeps an autosaving editor in step with its stored record. When the record changes under it
 * (another tab saved it, or another screen changed it) and nothing typed here is waiting to be
 * saved, the stored words replace the draft, so this editor's next save cannot write older words
 * over newer ones. When something here is waiting, the save from here comes later and wins.
 *
 * `lastWrittenRef` holds the `updated` time of this editor's own latest save (the editor sets it
 * when its save resolves); `take` puts the stored words into the draft and returns them in the
 * form autosave compares.
 */
export function useWordsSavedElsewhere<R extends { updated: number }, T>(
  stored: R | undefined,
  lastWrittenRef: RefObject<number | undefined>,
  autosave: { accept: (value: T) => void; isDirty: () => boolean },
  take: (stored: R) => T,
): void {
  const takeRef = useRef(take);
  useEffect(() => {
    takeRef.current = take;
  });
  const { accept, isDirty } = autosave;
  useEffect(() => {
    if (!stored || stored.updated === lastWrittenRef.current || isDirty()) return;
    lastWrittenRef.current = stored.updated;
    accept(takeRef.current(stored));
  }, [stored, lastWrittenRef, accept, isDirty]);
}
