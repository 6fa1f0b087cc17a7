import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundWorkMayRun } from '../../src/core/backgroundWork';

// Warming the other screens' code (src/app/warmScreens.ts) waits while a person types or taps:
// a compile between two keys makes the second one wait for it.

function watch(promise: Promise<void>) {
  const seen = { settled: false };
  void promise.then(() => (seen.settled = true));
  return seen;
}

describe('background work and a person typing', () => {
  afterEach(() => vi.useRealTimers());

  it('waits until typing has paused for a second, and runs at once when nothing is typed', async () => {
    vi.useFakeTimers();
    render(<input aria-label="Search your journal" />);
    const box = screen.getByLabelText('Search your journal');
    await vi.advanceTimersByTimeAsync(1000);
    const idle = watch(backgroundWorkMayRun());
    await vi.advanceTimersByTimeAsync(0);
    expect(idle.settled).toBe(true);

    fireEvent.input(box, { target: { value: 'g' } });
    const waiting = watch(backgroundWorkMayRun());
    await vi.advanceTimersByTimeAsync(600);
    fireEvent.keyDown(box, { key: 'r' });
    fireEvent.input(box, { target: { value: 'gr' } });
    await vi.advanceTimersByTimeAsync(900);
    expect(waiting.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(150);
    expect(waiting.settled).toBe(true);
  });

  it('waits after a tap too', async () => {
    vi.useFakeTimers();
    render(<button type="button">Journal</button>);
    await vi.advanceTimersByTimeAsync(1000);
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Journal' }));
    const waiting = watch(backgroundWorkMayRun());
    await vi.advanceTimersByTimeAsync(900);
    expect(waiting.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(150);
    expect(waiting.settled).toBe(true);
  });
});
