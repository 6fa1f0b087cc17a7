import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundWorkMayRun, holdBackgroundWork } from '../../src/core/backgroundWork';

/** Whether `promise` has settled, read after the timers have moved on. */
function watch(promise: Promise<void>) {
  const seen = { settled: false };
  void promise.then(() => (seen.settled = true));
  return seen;
}
const aMoment = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('background work held back', () => {
  afterEach(() => vi.useRealTimers());

  it('waits while anything holds it, and runs once the last hold is let go', async () => {
    const first = holdBackgroundWork();
    const second = holdBackgroundWork();
    const waiting = watch(backgroundWorkMayRun());
    first();
    // Letting go twice is not letting go of the other hold.
    first();
    await aMoment();
    expect(waiting.settled).toBe(false);
    second();
    await aMoment();
    expect(waiting.settled).toBe(true);
    const later = watch(backgroundWorkMayRun());
    await aMoment();
    expect(later.settled).toBe(true);
  });

  it('is not held back for good by a hold never let go', async () => {
    vi.useFakeTimers();
    const release = holdBackgroundWork();
    const waiting = watch(backgroundWorkMayRun());
    await vi.advanceTimersByTimeAsync(4900);
    expect(waiting.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(waiting.settled).toBe(true);
    release();
  });
});
