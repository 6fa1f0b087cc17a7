import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { flushAllDrafts } from '../../src/app/drafts';
import { getEntry, saveEntry } from '../../src/features/journal/journalRepo';
import { useAutosave } from '../../src/lib/useAutosave';
import { freshVault } from '../helpers/freshVault';

/** A bare editor on the real hook and the real repository, with a debounce far longer than any
 * test, so only the immediate triggers can be what saved the text. */
function Editor({ save }: { save?: (body: string) => Promise<void> }) {
  const [body, setBody] = useState('');
  const write = save ?? ((value: string) => saveEntry({ id: 'e1', body: value }));
  const { state } = useAutosave({ value: body, save: write, delay: 60_000 });
  return (
    <>
      <label htmlFor="body">Your words</label>
      <textarea id="body" value={body} onChange={(event) => setBody(event.target.value)} />
      <p>{state.status}</p>
      {state.status === 'error' && <p role="alert">{state.message}</p>}
    </>
  );
}

function setVisibility(value: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('autosave', () => {
  beforeEach(freshVault);

  it('saves at once when the page is hidden', async () => {
    const user = userEvent.setup();
    render(<Editor />);
    await user.type(screen.getByLabelText('Your words'), 'before the phone locks');
    expect(await getEntry('e1')).toBeUndefined();
    await act(async () => setVisibility('hidden'));
    expect(await screen.findByText('saved')).toBeInTheDocument();
    expect((await getEntry('e1'))?.body).toBe('before the phone locks');
    setVisibility('visible');
  });

  it('saves at once on pagehide, on leaving the screen, and before an update reload', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Editor />);
    const box = screen.getByLabelText('Your words');
    await user.type(box, 'one');
    await act(async () => void window.dispatchEvent(new Event('pagehide')));
    expect(await screen.findByText('saved')).toBeInTheDocument();
    expect((await getEntry('e1'))?.body).toBe('one');

    await user.type(box, ' two');
    await act(() => flushAllDrafts());
    expect((await getEntry('e1'))?.body).toBe('one two');

    await user.type(box, ' three');
    unmount();
    await expect.poll(async () => (await getEntry('e1'))?.body).toBe('one two three');
  });

  it('keeps the text on screen and says so when the device is full, then saves on the next try', async () => {
    const user = userEvent.setup();
    let full = true;
    const save = async (body: string) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      await saveEntry({ id: 'e1', body });
    };
    render(<Editor save={save} />);
    const box = screen.getByLabelText('Your words');
    await user.type(box, 'words that matter');
    await act(() => flushAllDrafts());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your words are still here on the screen. The device is out of space',
    );
    expect(box).toHaveValue('words that matter');
    expect(await getEntry('e1')).toBeUndefined();

    full = false;
    await user.type(box, '!');
    await act(() => flushAllDrafts());
    expect(await screen.findByText('saved')).toBeInTheDocument();
    expect((await getEntry('e1'))?.body).toBe('words that matter!');
  });

  it('writes the latest text when typing continues during a save', async () => {
    const user = userEvent.setup();
    const written: string[] = [];
    const save = async (body: string) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      written.push(body);
    };
    render(<Editor save={save} />);
    const box = screen.getByLabelText('Your words');
    await user.type(box, 'a');
    const first = flushAllDrafts();
    await user.type(box, 'bc');
    await act(async () => {
      await first;
      await flushAllDrafts();
    });
    expect(written.at(-1)).toBe('abc');
    expect(written.length).toBeLessThanOrEqual(2);
  });
});
