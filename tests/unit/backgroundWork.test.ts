import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundWorkMayRun, holdBackgroundWork } from '../../src/core/backgroundWork';

/** True when `promise` has settled by the end of the current microtasks. */
const settled = (promise: Promise<void>) =>
  Promise.race([promise.then(() => true), Promise.resolve().then(() => false)]);

describe('background work held back', () => {
  afterEach(() => vi.useRealTimers());

  it('waits while anything holds it, and runs once the last hold is let go', async () => {
    const first = holdBackgroundWork();
    const second = holdBackgroundWork();
    const waiting = backgroundWorkMayRun();
    first();
    // Letting go twice is not letting go of the other hold.
    first();
    expect(await settled(waiting)).toBe(false);
    second();
    expect(await settled(waiting)).toBe(true);
    expect(await settled(backgroundWorkMayRun())).toBe(true);
  });

  it('is not held back for good by a hold never let go', async () => {
    vi.useFakeTimers();
    const release = holdBackgroundWork();
    const waiting = backgroundWorkMayRun();
    await vi.advanceTimersByTimeAsync(4900);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(await settled(waiting)).toBe(true);
    release();
  });
});
