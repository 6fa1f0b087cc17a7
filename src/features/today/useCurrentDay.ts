import { addDays, startOfDay } from 'date-fns';
import { useEffect, useState } from 'react';
import { dayKey } from '../../lib/dates';

/**
 * Today's day key, kept current: a phone can leave the app open for days, so the key moves on at
 * midnight and whenever the app comes back into view.
 */
export function useCurrentDay(): string {
  const [day, setDay] = useState(() => dayKey(Date.now()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => setDay(dayKey(Date.now()));
    const schedule = () => {
      const now = Date.now();
      const midnight = startOfDay(addDays(now, 1)).getTime();
      timer = setTimeout(
        () => {
          check();
          schedule();
        },
        midnight - now + 1000,
      );
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    schedule();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return day;
}
