import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { lazyScreen, nextScreenToWarm } from '../../src/core/lazyScreen';

function Greeting({ name }: { name: string }) {
  return <h1>Hello, {name}</h1>;
}

describe('lazy screens', () => {
  it('shows the fallback while its code loads, then the screen', async () => {
    const Screen = lazyScreen(() => Promise.resolve({ default: Greeting }));
    render(
      <Suspense fallback={<p>Opening…</p>}>
        <Screen name="Sam" />
      </Suspense>,
    );
    expect(screen.getByText('Opening…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Hello, Sam' })).toBeInTheDocument();
  });

  it('renders at once, with no fallback, once warmed', async () => {
    const Screen = lazyScreen(() => Promise.resolve({ default: Greeting }));
    // Warming goes through the screens in the order they were defined.
    let next = nextScreenToWarm();
    while (next) {
      await next.preload();
      next = nextScreenToWarm();
    }
    render(
      <Suspense fallback={<p>Opening…</p>}>
        <Screen name="Ari" />
      </Suspense>,
    );
    expect(screen.getByRole('heading', { name: 'Hello, Ari' })).toBeInTheDocument();
    expect(screen.queryByText('Opening…')).toBeNull();
  });

  it('tries again when opened after a failed warm-up', async () => {
    let attempts = 0;
    const Screen = lazyScreen<{ name: string }>(() => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new Error('offline'))
        : Promise.resolve({ default: Greeting });
    });
    let next = nextScreenToWarm();
    while (next) {
      await next.preload().catch(() => undefined);
      next = nextScreenToWarm();
    }
    expect(attempts).toBe(1);
    render(
      <Suspense fallback={<p>Opening…</p>}>
        <Screen name="Jo" />
      </Suspense>,
    );
    expect(await screen.findByRole('heading', { name: 'Hello, Jo' })).toBeInTheDocument();
    expect(attempts).toBe(2);
  });

  it('keeps what a person typed on the screen when the page around it renders again', async () => {
    function Draft({ label }: { label: string }) {
      const [text, setText] = useState('');
      return (
        <label>
          {label}
          <input value={text} onChange={(event) => setText(event.target.value)} />
        </label>
      );
    }
    const Screen = lazyScreen(() => Promise.resolve({ default: Draft }));
    const page = (label: string) => (
      <Suspense fallback={<p>Opening…</p>}>
        <Screen label={label} />
      </Suspense>
    );
    const { rerender } = render(page('Your words'));
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Your words'), 'still here');
    // Loading finished after the first render: the next render must not swap the screen out.
    rerender(page('Your words, again'));
    expect(screen.getByLabelText('Your words, again')).toHaveValue('still here');
  });

  it('loads again on "Try again" after its code failed to load (the network came back)', async () => {
    let online = false;
    const Screen = lazyScreen<{ name: string }>(() =>
      online ? Promise.resolve({ default: Greeting }) : Promise.reject(new Error('offline')),
    );
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      render(
        <ErrorBoundary>
          <Suspense fallback={<p>Opening…</p>}>
            <Screen name="Lee" />
          </Suspense>
        </ErrorBoundary>,
      );
      const user = userEvent.setup();
      await user.click(await screen.findByRole('button', { name: 'Try again' }));
      expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
      online = true;
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(await screen.findByRole('heading', { name: 'Hello, Lee' })).toBeInTheDocument();
    } finally {
      quiet.mockRestore();
    }
  });
});
