import { useEffect } from 'react';
import { quickExit } from './quickExit';

/** Two presses of Escape within this long trigger the quick exit; one press stays free for
 * closing menus and dialogs. */
const ESCAPE_TWICE_MS = 800;

let holders = 0;
let stopListening: (() => void) | undefined;

function listen(): () => void {
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
}

/**
 * Escape pressed twice runs the quick exit while anyone holds this: main.tsx from the moment the
 * code runs (the app draws only once the journal has opened), Boot while it is drawn. One
 * listener however many hold it, so two presses exit once. Returns the release.
 */
export function holdEscapeTwice(): () => void {
  if (holders === 0) stopListening = listen();
  holders += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders -= 1;
    if (holders === 0) {
      stopListening?.();
      stopListening = undefined;
    }
  };
}

export function useEscapeTwice(): void {
  useEffect(() => holdEscapeTwice(), []);
}
