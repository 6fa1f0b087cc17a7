import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getSetting } from '../../core/settingsRepo';
import { loadLockSession, lockJournal } from './lockSessionSoon';
import { loadUnlockScreen } from './unlockScreenSoon';
import { useLockSet } from './useLock';

export const AUTO_LOCK_KEY = 'autoLockMinutes';
export const DEFAULT_AUTO_LOCK_MINUTES = 5;
/** Locks the moment the app goes out of sight (another app, the home screen, the phone's lock). */
export const LOCK_WHEN_LEFT = -1;
/** 0 means: only when the person locks it, or uses the quick exit. In one setting with the
 * minutes, ordered from soonest to never, so "a longer wait" stays a larger number above 0. */
export const AUTO_LOCK_CHOICES = [LOCK_WHEN_LEFT, 1, 2, 5, 10, 30, 0] as const;

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;
const CHECK_EVERY_MS = 15_000;

export function useAutoLockMinutes(): number {
  const stored = useLiveQuery(() => getSetting<number>(AUTO_LOCK_KEY), []);
  // Only a value the screen offers: a stray negative number would otherwise lock at every check.
  return (AUTO_LOCK_CHOICES as readonly unknown[]).includes(stored)
    ? (stored as number)
    : DEFAULT_AUTO_LOCK_MINUTES;
}

/**
 * Locks the journal at once when the app is hidden, if the person chose that; otherwise after
 * the chosen minutes without a touch or a key, and when the app comes
 * back after being hidden that long. Time is read from the clock on every check, not counted by
 * timers: a hidden tab's timers are slowed or paused, the clock is not.
 */
export function useAutoLock(): void {
  const lockSet = useLockSet();
  const minutes = useAutoLockMinutes();
  useEffect(() => {
    if (!lockSet) return;
    // With a lock set, the code that locks and the screen that follows load now, after the first
    // screen, so locking (on leaving, on a timer, on Lock now) waits for no download.
    loadLockSession().catch(() => undefined);
    loadUnlockScreen().catch(() => undefined);
    const onHidden = () => {
      if (document.visibilityState !== 'hidden') return;
      // lockJournal saves the open draft before it lets go of the key.
      if (minutes === LOCK_WHEN_LEFT) {
        void lockJournal();
        return;
      }
      // The choice may have been changed to "as soon as I leave" a moment ago, before this hook
      // heard of it: read it as it is now, so leaving right after choosing still locks.
      getSetting<number>(AUTO_LOCK_KEY)
        .then((now) => (now === LOCK_WHEN_LEFT ? lockJournal() : undefined))
        .catch((error: unknown) => console.error(error));
    };
    document.addEventListener('visibilitychange', onHidden);
    if (minutes === LOCK_WHEN_LEFT || minutes === 0) {
      return () => document.removeEventListener('visibilitychange', onHidden);
    }
    const limit = minutes * 60_000;
    let last = Date.now();
    const onActivity = () => {
      last = Date.now();
    };
    const check = () => {
      if (Date.now() - last >= limit) void lockJournal();
    };
    const onVisibility = () => {
      // Coming back: measure the time away before anything counts as activity.
      if (document.visibilityState === 'visible') check();
    };
    for (const type of ACTIVITY) document.addEventListener(type, onActivity, { capture: true });
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('focus', check);
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      for (const type of ACTIVITY)
        document.removeEventListener(type, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('focus', check);
      clearInterval(timer);
    };
  }, [lockSet, minutes]);
}
