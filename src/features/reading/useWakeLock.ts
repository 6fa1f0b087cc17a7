import { useEffect } from 'react';

interface WakeLockSentinel {
  release: () => Promise<void>;
}
interface WakeLockApi {
  request: (type: 'screen') => Promise<WakeLockSentinel>;
}

/**
 * Keeps the screen on while a person reads aloud, where the browser offers a wake lock (the
 * Screen Wake Lock API). The browser drops the lock when the page is hidden; it is asked for
 * again when the page is shown, and let go as soon as the person leaves the reading view.
 * Where there is no wake lock, or it is refused (low battery), the screen simply dims as usual.
 */
export function useWakeLock(): void {
  useEffect(() => {
    const api = (navigator as Navigator & { wakeLock?: WakeLockApi }).wakeLock;
    if (!api) return;
    let held: WakeLockSentinel | undefined;
    let left = false;
    const letGo = () => {
      const lock = held;
      held = undefined;
      void lock?.release().catch(() => {});
    };
    const ask = async () => {
      if (document.visibilityState !== 'visible' || held) return;
      try {
        const lock = await api.request('screen');
        if (left) void lock.release().catch(() => {});
        else held = lock;
      } catch {
        // Refused: reading goes on; the screen may dim.
      }
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void ask();
      else letGo();
    };
    void ask();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      left = true;
      document.removeEventListener('visibilitychange', onVisibility);
      letGo();
    };
  }, []);
}
