/**
 * Work a person is waiting for that runs beside the page (the search index's first build, in its
 * worker) asks the page's own unasked-for work (warming the other screens' code) to wait until it
 * is done. On a phone with few cores the two share the CPU: measured on this 2-core machine with
 * 10,000 entries, warming beside the build made every entry searchable about a third later
 * (median of five, 1,346 against 876 ms).
 */

/** A build that never ends must not hold the rest back for good. */
const LONGEST_WAIT_MS = 5000;

const holds = new Set<object>();
let waiting: (() => void)[] = [];

/** Holds background work back until the returned function is called (calling it again does
 * nothing). */
export function holdBackgroundWork(): () => void {
  const hold = {};
  holds.add(hold);
  return () => {
    if (!holds.delete(hold) || holds.size > 0) return;
    const resume = waiting;
    waiting = [];
    for (const run of resume) run();
  };
}

/** Resolves when nothing holds background work back, or after LONGEST_WAIT_MS. */
export function backgroundWorkMayRun(): Promise<void> {
  if (holds.size === 0) return Promise.resolve();
  return new Promise((resolve) => {
    waiting.push(resolve);
    setTimeout(resolve, LONGEST_WAIT_MS);
  });
}
