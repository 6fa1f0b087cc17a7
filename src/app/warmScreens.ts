import { backgroundWorkMayRun } from '../core/backgroundWork';
import { nextScreenToWarm } from '../core/lazyScreen';
import { afterFirstScreen, whenIdle, type Cancel } from './afterFirstScreen';

/**
 * Once the first screen is up and the phone is idle, the other screens' code is loaded one
 * screen at a time, in the order the app defines them (Help now first). A first visit to a
 * screen then costs what a second visit does: a tap on Help now never waits on a download or a
 * compile, on a cheap phone as anywhere. On the very first visit, before the service worker has
 * cached the app, it also means every screen still opens if the network goes. The service worker
 * has all of these files already, so an installed app downloads nothing more.
 *
 * Warming starts only once the screen on view has its own code and has been drawn: on a slow
 * network every other screen's download would otherwise share the line with the first screen's
 * (the phone is idle while the database opens, which is when idle callbacks come), and the person
 * would wait longer for the one screen they opened. After Help now, each next screen also waits
 * while the search index is first built and while the person types or taps
 * (core/backgroundWork.ts): they need the same CPU, and they are what the person is waiting on.
 */
let started = false;

/** Starts warming once per page; the returned function stops what has not started yet. */
export function warmScreens(): Cancel {
  // The browser tests leave warming out where it is not what they check (tests/e2e/fixtures.ts):
  // compiling every screen cost about 1 s of CPU in each fresh browser of the suite.
  if (started || (globalThis as { stepworkNoWarming?: true }).stepworkNoWarming) {
    return () => undefined;
  }
  started = true;
  let stopped = false;
  let cancel: Cancel = () => undefined;
  const step = () => {
    if (stopped) return;
    // Loading a screen can define more (the screens inside it), so ask again each time.
    const screen = nextScreenToWarm();
    if (!screen) {
      performance.mark('screens-warm');
      return;
    }
    void screen
      .preload()
      .catch(() => undefined)
      .then(backgroundWorkMayRun)
      .then(() => {
        if (!stopped) cancel = whenIdle(step);
      });
  };
  cancel = afterFirstScreen(step);
  return () => {
    stopped = true;
    started = false;
    cancel();
  };
}
