import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SaveLine } from '../../src/ui/SaveLine';

// The save line of an editor whose record was deleted for good elsewhere (the database refused
// the save; tests/e2e/deleted-elsewhere.spec.ts copies through a real clipboard). Here the
// browser will not copy (jsdom has no clipboard): the words are shown to select by hand.

const message = 'Your words are still here on the screen. This was deleted for good elsewhere.';
const words = 'What happened\nI broke the promise';

describe('the save line of a record deleted elsewhere', () => {
  it('says it is not saved and offers the words, shown to copy by hand when copying fails', async () => {
    const user = userEvent.setup();
    render(<SaveLine state={{ status: 'error', message, deleted: { words } }} />);
    expect(screen.getByText('Not saved', { exact: true })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy my words' }));
    expect(await screen.findByLabelText('Your words, to select and copy')).toHaveValue(words);
    expect(screen.getByText(/did not let Stepwork copy them/)).toBeInTheDocument();
  });

  it('copies the words on screen at the tap, with those typed since the refusal', async () => {
    const user = userEvent.setup();
    const typedSince = `${words} and never said so`;
    let asked = 0;
    const latest = () => {
      asked += 1;
      return Promise.resolve(typedSince);
    };
    render(<SaveLine state={{ status: 'error', message, deleted: { words, latest } }} />);
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy my words' }));
    expect(await screen.findByLabelText('Your words, to select and copy')).toHaveValue(typedSince);
    expect(asked).toBe(1);
  });

  it('offers nothing to copy for any other failure', () => {
    render(<SaveLine state={{ status: 'error', message: 'Could not be saved just now.' }} />);
    expect(screen.getByText('Not saved yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy my words' })).toBeNull();
  });
});
