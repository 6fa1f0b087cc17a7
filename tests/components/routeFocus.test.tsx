import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { forgetOpenedEntries } from '../../src/core/openedEntries';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(async () => {
  forgetOpenedEntries();
  await freshVault();
});

const mainNav = () => within(screen.getByRole('navigation', { name: 'Main' }));
const heading = (name: string) => screen.findByRole('heading', { level: 1, name });
/** The polite region that tells a screen reader where the person is now. */
const announced = () =>
  screen.getAllByRole('status').find((el) => el.getAttribute('aria-atomic') === 'true');

describe('moving between screens', () => {
  it('leaves focus alone on the first screen, then puts it on each new screen’s heading and says where', async () => {
    const { user } = renderApp('/');
    await heading('Today');
    expect(document.activeElement).toBe(document.body);

    await user.click(mainNav().getByRole('link', { name: 'Journal' }));
    const journal = await heading('Journal');
    await waitFor(() => expect(document.activeElement).toBe(journal));
    expect(journal).toHaveAttribute('tabindex', '-1');
    expect(announced()).toHaveTextContent('Journal');

    // From the heading, the screen's first control is one Tab away.
    await user.tab();
    expect(document.activeElement).toHaveTextContent('New entry');

    await user.click(mainNav().getByRole('link', { name: 'Inventory' }));
    const inventory = await heading('Inventory');
    await waitFor(() => expect(document.activeElement).toBe(inventory));
    expect(announced()).toHaveTextContent('Inventory');
  });

  it('focuses the writing box when the person asks for a new entry, and the heading otherwise', async () => {
    const { user } = renderApp('/journal');
    await heading('Journal');
    await user.click(screen.getByRole('link', { name: 'New entry' }));
    const words = await screen.findByLabelText('Your words');
    await waitFor(() => expect(document.activeElement).toBe(words));
    await user.type(words, 'A quiet evening.');
    expect(await screen.findByText(/Saved on this device/)).toBeInTheDocument();
    const [row] = await db.entries.toArray();

    await user.click(screen.getByRole('link', { name: 'Back to journal' }));
    const journal = await heading('Journal');
    await waitFor(() => expect(document.activeElement).toBe(journal));

    // Opening an entry that is already written is for reading first: focus goes to its heading.
    const list = await screen.findByRole('list', { name: /Your entries/ });
    await user.click(await within(list).findByRole('link', { name: /A quiet evening/ }));
    await screen.findByLabelText('Your words');
    await waitFor(() => expect(window.location.hash).toBe(`#/journal/${row?.id}`));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })),
    );
  });
});
