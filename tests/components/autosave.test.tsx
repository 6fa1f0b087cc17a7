import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushAllDrafts } from '../../src/core/drafts';
import { db } from '../../src/db/db';
import { getEntry, MAX_ENTRY_CHARS, saveEntry } from '../../src/features/journal/journalRepo';
import { useAutosave } from '../../src/core/useAutosave';
import { freshVault } from '../helpers/freshVault';

/** A bare editor on the real hook and the real repository, with a debounce far longer than any
 * test and no write at the first keystroke, so only the trigger under test can be what saved the
 * text. */
function Editor({
  save,
  delay = 60_000,
  leading = false,
  maxWait = 60_000,
  retryDelay = 60_000,
}: {
  save?: (body: string) => Promise<unknown>;
  delay?: number;
  leading?: boolean;
  maxWait?: number;
  retryDelay?: number;
}) {
  const [body, setBody] = useState('');
  const write = save ?? ((value: string) => saveEntry({ id: 'e1', body: value }));
  const { state } = useAutosave({
    value: body,
    save: write,
    delay,
    leading,
    maxWait,
    retryDelay,
  });
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
      // Long enough that both keys land while the first write is still going, even on a busy machine.
      await new Promise((resolve) => setTimeout(resolve, 200));
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

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('autosave timing', () => {
  beforeEach(freshVault);

  it('saves during steady typing that never pauses, and ends on the latest words', async () => {
    // Keys 20 ms apart never leave the 60 s pause; only the longest wait (150 ms) can save.
    const user = userEvent.setup({ delay: 20 });
    const written: { body: string; at: number }[] = [];
    let typingEnded = Infinity;
    const save = async (body: string) => {
      written.push({ body, at: performance.now() });
      await saveEntry({ id: 'e1', body });
    };
    render(<Editor save={save} maxWait={150} />);
    await user.type(screen.getByLabelText('Your words'), 'one steady line of words, no pause');
    typingEnded = performance.now();
    const during = written.filter((write) => write.at < typingEnded);
    expect(during.length).toBeGreaterThanOrEqual(1);
    // Each of those writes held part of the line, never more than was typed.
    expect('one steady line of words, no pause'.startsWith(during[0]!.body)).toBe(true);
    await expect
      .poll(async () => (await getEntry('e1'))?.body)
      .toBe('one steady line of words, no pause');
  });

  it('with nothing on its way, writes at the first keystroke; what follows joins after it', async () => {
    // Pause and longest wait far off: only the write at once can have saved anything.
    const user = userEvent.setup({ delay: 20 });
    const written: string[] = [];
    const save = async (body: string) => {
      written.push(body);
      await saveEntry({ id: 'e1', body });
    };
    render(<Editor save={save} leading delay={40} />);
    await user.type(screen.getByLabelText('Your words'), 'quick');
    // The very first letter went out at once, before the rest was typed.
    expect(written[0]).toBe('q');
    // The rest follows a short pause after typing stops: nothing is left behind.
    await expect.poll(async () => (await getEntry('e1'))?.body).toBe('quick');
    expect(written.length).toBeLessThanOrEqual('quick'.length);
  });

  it('saves a change undone while its write was on the way, and says so', async () => {
    const user = userEvent.setup();
    const save = async (body: string) => {
      // Long enough that the undo lands while this write is still going.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await saveEntry({ id: 'e1', body });
    };
    render(<Editor save={save} leading delay={40} />);
    const box = screen.getByLabelText('Your words');
    await user.type(box, 'a');
    expect(await screen.findByText('saved')).toBeInTheDocument();
    // "ab" goes out at once; taking the "b" off again brings the words back to what is stored.
    await user.type(box, 'b');
    await user.type(box, '{Backspace}');
    expect(screen.getByText('saving')).toBeInTheDocument();
    expect(await screen.findByText('saved')).toBeInTheDocument();
    expect((await getEntry('e1'))?.body).toBe('a');
  });

  it('starts a write soon after typing pauses', async () => {
    const user = userEvent.setup();
    render(<Editor delay={30} />);
    await user.type(screen.getByLabelText('Your words'), 'a short pause');
    await expect.poll(async () => (await getEntry('e1'))?.body).toBe('a short pause');
    expect(screen.getByText('saved')).toBeInTheDocument();
  });
});

describe('autosave on a full disk', () => {
  beforeEach(freshVault);
  let unhook: (() => void) | undefined;
  afterEach(() => {
    unhook?.();
    unhook = undefined;
  });

  /** A full disk as IndexedDB reports it: the write inside Dexie's transaction throws. */
  function fillTheDisk() {
    const creating = () => {
      throw quota();
    };
    const updating = (): undefined => {
      throw quota();
    };
    db.entries.hook('creating', creating);
    db.entries.hook('updating', updating);
    unhook = () => {
      db.entries.hook('creating').unsubscribe(creating);
      db.entries.hook('updating').unsubscribe(updating);
    };
  }

  it('says the device is out of space and saves by itself once space is freed', async () => {
    const user = userEvent.setup();
    fillTheDisk();
    render(<Editor delay={20} retryDelay={80} />);
    const box = screen.getByLabelText('Your words');
    await user.type(box, 'words that matter');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your words are still here on the screen. The device is out of space',
    );
    expect(box).toHaveValue('words that matter');
    expect(await getEntry('e1')).toBeUndefined();

    // Space is freed; nobody types: the retry timer saves the words.
    unhook?.();
    unhook = undefined;
    await expect.poll(async () => (await getEntry('e1'))?.body).toBe('words that matter');
    expect(await screen.findByText('saved')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tries again when the page is shown again', async () => {
    const user = userEvent.setup();
    fillTheDisk();
    render(<Editor delay={20} />);
    await user.type(screen.getByLabelText('Your words'), 'kept in memory');
    expect(await screen.findByRole('alert')).toHaveTextContent('out of space');
    unhook?.();
    unhook = undefined;
    await act(async () => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(async () => (await getEntry('e1'))?.body).toBe('kept in memory');
  });

  it('keeps saying out of space when the connection closes after it, and reopens it', async () => {
    const user = userEvent.setup();
    let attempt = 0;
    // The first write meets a full disk; the browser then closes the connection under the app.
    const save = async (body: string) => {
      attempt += 1;
      if (attempt === 1) {
        fillTheDisk();
        try {
          return await saveEntry({ id: 'e1', body });
        } finally {
          unhook?.();
          unhook = undefined;
          db.close();
        }
      }
      return saveEntry({ id: 'e1', body });
    };
    render(<Editor save={save} delay={20} />);
    const box = screen.getByLabelText('Your words');
    await user.type(box, 'first');
    expect(await screen.findByRole('alert')).toHaveTextContent('out of space');
    expect(db.isOpen()).toBe(false);

    await user.type(box, ' and more');
    await expect.poll(async () => (await getEntry('e1'))?.body).toBe('first and more');
    expect(db.isOpen()).toBe(true);
  });
});

describe('a full disk that fails under another name', () => {
  beforeEach(freshVault);
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'storage');
  });

  it('still says the device is out of space when the browser reports no room left', async () => {
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { estimate: async () => ({ quota: 50_000_000, usage: 49_900_000 }) },
    });
    const save = async () => {
      throw new DOMException('Internal error committing transaction.', 'UnknownError');
    };
    const user = userEvent.setup();
    render(<Editor save={save} delay={20} />);
    await user.type(screen.getByLabelText('Your words'), 'kept');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('out of space'));
  });

  it('does not blame the disk when there is room', async () => {
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { estimate: async () => ({ quota: 50_000_000, usage: 1_000_000 }) },
    });
    const save = async () => {
      throw new DOMException('Internal error committing transaction.', 'UnknownError');
    };
    const user = userEvent.setup();
    render(<Editor save={save} delay={20} />);
    await user.type(screen.getByLabelText('Your words'), 'kept');
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be saved just now');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('alert')).not.toHaveTextContent('out of space');
  });
});

describe('words a repository refuses', () => {
  beforeEach(freshVault);

  it("shows the repository's own words, not a promise to try again", async () => {
    render(<Editor delay={20} />);
    const box = screen.getByLabelText('Your words');
    // A paste far past what one entry keeps (typing it would take all day).
    await act(async () => {
      const user = userEvent.setup();
      box.focus();
      await user.paste('x'.repeat(MAX_ENTRY_CHARS + 1));
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your words are still here on the screen. This entry is longer than Stepwork can keep in one piece. Split it into two entries.',
    );
    expect(await db.entries.get('e1')).toBeUndefined();
  });
});
