// This machine's speed moves by the hour by as much as a third, and from one day to the next by
// more, so a test run or a bench figure alone cannot say whether the code or the machine changed.
// A fixed piece of work timed beside them says how quick one core was then: a run whose time
// differs ran, in effect, on another machine. The same time does not promise the same machine
// (runs with the same time have differed by a tenth), so runs to compare are still made close
// together. PBKDF2 in Node's native crypto, the same work as unlocking the journal, takes the
// same time call after call (a JavaScript loop did not: V8 compiled it again between calls and it
// ran four times quicker).

const ITERATIONS = 1_000_000;

/** Milliseconds for PBKDF2-SHA256 at a million iterations, the median of three. */
export async function machineMs() {
  const { pbkdf2Sync } = await import('node:crypto');
  const times = [0, 1, 2].map(() => {
    const started = performance.now();
    pbkdf2Sync('a fixed passphrase', 'a fixed salt', ITERATIONS, 32, 'sha256');
    return performance.now() - started;
  });
  return Math.round(times.sort((a, b) => a - b)[1]);
}

/** The line printed beside the figures. */
export const speedLine = (startMs, endMs) =>
  `machine speed: PBKDF2-SHA256 at 1 M iterations took ${startMs} ms at the start, ${endMs} ms at the end (less is quicker)`;
