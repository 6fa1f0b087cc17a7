import { useCallback, useEffect, useRef, useState } from 'react';
import { registerFlusher } from './drafts';
import { reopenIfClosed } from '../db/db';
import {
  DeletedElsewhereError,
  describeSaveError,
  errorName,
  InputError,
  isClosedError,
  isQuotaError,
  looksOutOfSpace,
  outOfSpace,
} from '../lib/errors';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: number }
  | {
      status: 'error';
      message: string;
      /** The record was deleted for good elsewhere: these words cannot be kept in it, and the
       * save line offers them to copy ('' when the editor did not say which words). `latest`
       * tries the words on screen now (typed since that refusal, still waiting for a pause) and
       * gives back theirs, so a copy never leaves the last ones out. */
      deleted?: { words: string; latest?: () => Promise<string> };
    };

/** While a write is on its way, words typed meanwhile follow it after this short a pause. */
const AUTOSAVE_DELAY_MS = 100;
/** Steady typing with no pause still writes this often: a crash loses at most this much. */
const AUTOSAVE_MAX_WAIT_MS = 1000;
/** After a failed write (a full disk, a lost connection), how soon to try again by itself. */
const AUTOSAVE_RETRY_MS = 4000;

interface Options<T> {
  /** The latest value on screen. */
  value: T;
  /** Writes one value; autosave never runs two at once and always ends on the latest value. */
  save: (value: T) => Promise<unknown>;
  /** False while the editor is still loading what it will edit. */
  enabled?: boolean;
  /** How long a pause in typing starts a write while another is on its way. */
  delay?: number;
  /** Write at once when nothing is on its way (true unless a test isolates another trigger). */
  leading?: boolean;
  /** The longest unsaved words wait, however steadily they are typed. */
  maxWait?: number;
  /** How soon a failed write is tried again when nothing else prompts it. */
  retryDelay?: number;
}

/**
 * Saves what a person types without ever making typing wait: the text lives in React state and
 * is written `delay` ms after typing pauses, at least every `maxWait` ms while typing goes on, and
 * at once when the page is hidden, closed, navigated away from, or about to reload for an update.
 * A failed write keeps the words on screen and in memory and is tried again on the next
 * keystroke, when the page is shown again, and (unless the words themselves were refused) every
 * `retryDelay` ms.
 */
export function useAutosave<T>({
  value,
  save,
  enabled = true,
  delay = AUTOSAVE_DELAY_MS,
  leading = true,
  maxWait = AUTOSAVE_MAX_WAIT_MS,
  retryDelay = AUTOSAVE_RETRY_MS,
}: Options<T>) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const latest = useRef(value);
  const saved = useRef(value);
  const saveRef = useRef(save);
  const running = useRef<Promise<void> | null>(null);
  const pauseTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const waitTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failing = useRef(false);
  // Once the disk was full, the closed connection that often follows is the same story.
  const quotaSeen = useRef(false);
  const mounted = useRef(true);
  const retryDelayRef = useRef(retryDelay);
  const flushRef = useRef<() => Promise<void>>(async () => undefined);
  /** The words of the newest write refused because the record was deleted for good elsewhere. */
  const refusedWords = useRef('');
  const latestRefused = useCallback(async () => {
    await flushRef.current();
    return refusedWords.current;
  }, []);

  useEffect(() => {
    latest.current = value;
    saveRef.current = save;
    retryDelayRef.current = retryDelay;
  });

  const clearTimers = () => {
    clearTimeout(pauseTimer.current);
    clearTimeout(waitTimer.current);
    clearTimeout(retryTimer.current);
    pauseTimer.current = undefined;
    waitTimer.current = undefined;
    retryTimer.current = undefined;
  };

  /** Writes the latest value once; true when it was written. */
  const writeLatest = useCallback(async (): Promise<boolean> => {
    const value = latest.current;
    // While failing, the message stays up until a write works: swapping it for "Saving…" on every
    // retry would have a screen reader announce the same alert every few seconds.
    if (mounted.current && !failing.current) setState({ status: 'saving' });
    let ok = false;
    const attempt = (async () => {
      try {
        if (failing.current) await reopenIfClosed();
        await saveRef.current(value);
        saved.current = value;
        ok = true;
        failing.current = false;
        quotaSeen.current = false;
        // Words typed while this write was on its way are still to go: not "saved" yet.
        if (mounted.current) {
          setState(
            Object.is(latest.current, value)
              ? { status: 'saved', at: Date.now() }
              : { status: 'saving' },
          );
        }
      } catch (error) {
        failing.current = true;
        if (isQuotaError(error)) quotaSeen.current = true;
        const shown = quotaSeen.current && isClosedError(error) ? outOfSpace() : error;
        if (error instanceof DeletedElsewhereError) refusedWords.current = error.words;
        if (mounted.current) {
          setState({
            status: 'error',
            message: describeSaveError(shown),
            ...(error instanceof DeletedElsewhereError && {
              deleted: { words: error.words, latest: latestRefused },
            }),
          });
        }
        const mayBeSpace = !(error instanceof InputError) && errorName(error) !== 'LockedError';
        if (!quotaSeen.current && mayBeSpace) {
          void looksOutOfSpace().then((full) => {
            if (!full || !failing.current || !mounted.current) return;
            quotaSeen.current = true;
            setState({ status: 'error', message: describeSaveError(outOfSpace()) });
          });
        }
        // Refused words stay refused until they change; anything else may pass in a moment.
        if (!(error instanceof InputError) && mounted.current) {
          clearTimeout(retryTimer.current);
          retryTimer.current = setTimeout(() => void flushRef.current(), retryDelayRef.current);
        }
      }
    })();
    running.current = attempt;
    await attempt;
    running.current = null;
    return ok;
  }, [latestRefused]);

  /** Writes until what is stored is what is on screen, or a write fails. */
  const flush = useCallback(async (): Promise<void> => {
    clearTimers();
    for (;;) {
      // Wait for a write in flight, then write again if the text moved on meanwhile.
      while (running.current) await running.current;
      if (Object.is(latest.current, saved.current)) return;
      // After a failure the timers and the next keystroke try again; looping here would spin.
      if (!(await writeLatest())) return;
    }
  }, [writeLatest]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  /** A timer's write: one write of the latest words; words typed during it arm the timers again. */
  const writeSoon = useCallback(async (): Promise<void> => {
    clearTimers();
    while (running.current) await running.current;
    if (Object.is(latest.current, saved.current)) return;
    await writeLatest();
  }, [writeLatest]);

  // Reset the baseline when the editor finishes loading, so loaded text is not saved back.
  useEffect(() => {
    if (!enabled) return;
    saved.current = latest.current;
  }, [enabled]);

  useEffect(() => {
    // While a write is on its way, what is stored is about to change: words that went back to
    // what was stored before it (a tag added, then taken off at once) need a write of their own,
    // or the write on its way would stand, the change undone with it, under "Saving…".
    if (!enabled || (running.current === null && Object.is(value, saved.current))) return;
    // Nothing on its way and nothing failing: write now, so that a reload or a closed tab a
    // moment after typing loses nothing. Keystrokes during that write wait for a short pause.
    if (leading && !running.current && !failing.current && pauseTimer.current === undefined) {
      void writeSoon();
      return;
    }
    clearTimeout(pauseTimer.current);
    pauseTimer.current = setTimeout(() => void writeSoon(), delay);
    // The longest wait counts from the first keystroke not yet on its way to the disk.
    waitTimer.current ??= setTimeout(() => void writeSoon(), maxWait);
  }, [value, enabled, delay, leading, maxWait, writeSoon]);

  useEffect(() => {
    if (!enabled) return;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
      // Back on the page: space may have been freed meanwhile.
      else if (failing.current) void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    const unregister = registerFlusher(flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
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
      clearTimeout(retryTimer.current);
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
