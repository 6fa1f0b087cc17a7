import { useCallback, useEffect, useRef, useState } from 'react';
import { registerFlusher } from '../app/drafts';
import { describeSaveError } from './errors';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: number }
  | { status: 'error'; message: string };

export const AUTOSAVE_DELAY_MS = 500;

interface Options<T> {
  /** The latest value on screen. */
  value: T;
  /** Writes one value; autosave never runs two at once and always ends on the latest value. */
  save: (value: T) => Promise<unknown>;
  /** False while the editor is still loading what it will edit. */
  enabled?: boolean;
  delay?: number;
}

/**
 * Saves what a person types without ever making typing wait: the text lives in React state and
 * is written at most `delay` ms after typing stops, and at once when the page is hidden, closed,
 * navigated away from, or about to reload for an update.
 */
export function useAutosave<T>({
  value,
  save,
  enabled = true,
  delay = AUTOSAVE_DELAY_MS,
}: Options<T>) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const latest = useRef(value);
  const saved = useRef(value);
  const saveRef = useRef(save);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);

  useEffect(() => {
    latest.current = value;
    saveRef.current = save;
  });

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    for (;;) {
      // Wait for a write in flight, then write again if the text moved on meanwhile.
      while (running.current) await running.current;
      if (Object.is(latest.current, saved.current)) return;
      const value = latest.current;
      if (mounted.current) setState({ status: 'saving' });
      let ok = false;
      const attempt = (async () => {
        try {
          await saveRef.current(value);
          saved.current = value;
          ok = true;
          if (mounted.current) setState({ status: 'saved', at: Date.now() });
        } catch (error) {
          if (mounted.current) setState({ status: 'error', message: describeSaveError(error) });
        }
      })();
      running.current = attempt;
      await attempt;
      running.current = null;
      // After a failure the next keystroke tries again; looping here would spin on a full disk.
      if (!ok) return;
    }
  }, []);

  // Reset the baseline when the editor finishes loading, so loaded text is not saved back.
  useEffect(() => {
    if (!enabled) return;
    saved.current = latest.current;
  }, [enabled]);

  useEffect(() => {
    if (!enabled || Object.is(value, saved.current)) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delay);
  }, [value, enabled, delay, flush]);

  useEffect(() => {
    if (!enabled) return;
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    const unregister = registerFlusher(flush);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      unregister();
      // Leaving the screen (a route change) saves what is there.
      void flush();
    };
  }, [enabled, flush]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  /** Takes a value that is already stored (for example written by another tab) as saved. */
  const accept = useCallback((stored: T) => {
    latest.current = stored;
    saved.current = stored;
  }, []);
  const isDirty = useCallback(() => !Object.is(latest.current, saved.current), []);

  return { state, flush, accept, isDirty };
}
