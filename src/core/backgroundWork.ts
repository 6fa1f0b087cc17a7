/**
 * Work the page does unasked (warming the other screens' code) waits for two things:
 *
 * - Work a person is waiting for that runs beside the page (the search index's first build, in
 *   its worker). On a phone with few cores the two share the CPU: measured on this 2-core machine
 *   with 10,000 entries, warming beside the build made every entry searchable about a third
 *   later (median of five, 1,346 against 982 ms with warming held back).
 * - A person typing or tapping. A screen's code compiling between two keys makes the second wait
 *   for it. Held back by the build alone, warming ran on into the first keystrokes of a search
 *   typed as soon as the index was ready (its last screen compiled 100–130 ms after typing began,
 *   the first keystroke taking 28 ms); now it waits for a pause of a second.
 */

/** A build that never ends must not hold the rest back for good. */
const LONGEST_HOLD_MS = 5000;
/** How long a person has stopped typing or tapping before background work goes on. */
const QUIET_MS = 1000;

const holds = new Set<object>();
let waiting: (() => void)[] = [];
let lastInput = Number.NEGATIVE_INFINITY;

if (typeof document !== 'undefined') {
  const heard = () => {
    lastInput = Date.now();
  };
  for (const type of ['input', 'keydown', 'pointerdown']) {
    document.addEventListener(type, heard, { capture: true, passive: true });
  }
}

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

function unheld(): Promise<void> {
  if (holds.size === 0) return Promise.resolve();
  return new Promise((resolve) => {
    waiting.push(resolve);
    setTimeout(resolve, LONGEST_HOLD_MS);
  });
}

async function quiet(): Promise<void> {
  for (;;) {
    const left = lastInput + QUIET_MS - Date.now();
    if (left <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, left));
  }
}

/** Resolves when nothing holds background work back (or after LONGEST_HOLD_MS) and the person
 * has neither typed nor tapped for QUIET_MS. */
export async function backgroundWorkMayRun(): Promise<void> {
  await unheld();
  await quiet();
}
