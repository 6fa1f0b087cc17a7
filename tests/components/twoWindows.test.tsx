import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { KEPT_BOTH } from '../../src/features/journal/EntryEditor';
import { getEntry, listEntries, saveEntry } from '../../src/features/journal/journalRepo';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

// The other window writes through the same database, as another tab would.
const earlier = () => Date.now() - 60_000;

describe('two windows writing one journal entry at once', () => {
  beforeEach(freshVault);

  it('keeps both versions: the other window’s stays, the words from here become a new entry', async () => {
    await saveEntry({ id: 'shared', body: 'Morning:' }, earlier());
    const { user } = renderApp('/journal/shared');
    const box = await screen.findByLabelText('Your words');
    expect(box).toHaveValue('Morning:');

    // Words typed here are still waiting for the pause when the other window saves its own.
    await user.type(box, ' a walk');
    await saveEntry({ id: 'shared', body: 'Morning: a call with Sam' });

    expect(await screen.findByText(KEPT_BOTH)).toBeInTheDocument();
    await waitFor(async () => expect(await listEntries()).toHaveLength(2));
    expect((await getEntry('shared'))?.body).toBe('Morning: a call with Sam');
    const copy = (await listEntries()).find((entry) => entry.id !== 'shared');
    expect(copy?.body).toBe('Morning: a walk');
    await waitFor(() => expect(window.location.hash).toBe(`#/journal/${copy!.id}`));

    // Writing on here goes on into the copy; the other window's entry is left alone.
    await user.type(await screen.findByLabelText('Your words'), ' in the rain');
    await waitFor(async () =>
      expect((await getEntry(copy!.id))?.body).toBe('Morning: a walk in the rain'),
    );
    expect((await getEntry('shared'))?.body).toBe('Morning: a call with Sam');
  });

  it('takes the other window’s words when nothing here is waiting, with no copy', async () => {
    await saveEntry({ id: 'shared', body: 'Evening' }, earlier());
    const { user } = renderApp('/journal/shared');
    const box = await screen.findByLabelText('Your words');
    await saveEntry({ id: 'shared', body: 'Evening, from the laptop' });
    await waitFor(() => expect(box).toHaveValue('Evening, from the laptop'));
    await user.type(box, '.');
    await waitFor(async () =>
      expect((await getEntry('shared'))?.body).toBe('Evening, from the laptop.'),
    );
    expect(await listEntries()).toHaveLength(1);
  });
});
