import { useEffect } from 'react';
import { quickExit } from './quickExit';

/** Two presses of Escape within this long trigger the quick exit; one press stays free for
 * closing menus and dialogs. */
const ESCAPE_TWICE_MS = 800;

export function useEscapeTwice(): void {
  useEffect(() => {
    let last = -Infinity;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.repeat) return;
      const now = performance.now();
      if (now - last <= ESCAPE_TWICE_MS) {
        last = -Infinity;
        void quickExit();
      } else {
        last = now;
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
