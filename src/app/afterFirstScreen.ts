import { screensOnViewLoaded } from '../core/lazyScreen';

export type Cancel = () => void;

export function whenIdle(run: () => void): Cancel {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  // Safari has no idle callbacks; a short pause does the same work.
  const handle = setTimeout(run, 150);
  return () => clearTimeout(handle);
}

/**
 * Runs `run` once the screen on view has its code, has been drawn, and the phone is idle: for
 * work the person did not ask for, which must not share the network or the thread with the
 * screen they opened. Returns a function that cancels it if it has not run yet.
 */
export function afterFirstScreen(run: () => void): Cancel {
  let stopped = false;
  let cancel: Cancel = () => undefined;
  void screensOnViewLoaded().then(() => {
    if (stopped) return;
    // The next frame is the one that draws that screen; run after it.
    const frame = requestAnimationFrame(() => {
      if (!stopped) cancel = whenIdle(run);
    });
    cancel = () => cancelAnimationFrame(frame);
  });
  return () => {
    stopped = true;
    cancel();
  };
}
