import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { forgetOpenedEntries } from '../../src/core/openedEntries';
import { useVaultStore } from '../../src/core/vaultStore';
import { renderApp } from '../helpers/renderApp';

beforeEach(async () => {
  forgetOpenedEntries();
  db.close();
  await db.delete();
  useVaultStore.setState({ status: 'starting' }, true);
});

describe('writing in the journal', () => {
  it('saves a new entry as the person types, lists it, edits it, and moves it to Trash with undo', async () => {
    const { user } = renderApp('/journal/new');
    const body = await screen.findByLabelText('Your words');
    await user.type(body, 'Went to a meeting tonight. Felt less alone.');
    expect(await screen.findByText(/Saved on this device/)).toBeInTheDocument();
    expect(screen.getByText(/8 words/)).toBeInTheDocument();

    const rows = await db.entries.toArray();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('meeting');
    // The address now names the entry, so a reload finds it again.
    expect(window.location.hash).toBe(`#/journal/${rows[0]?.id}`);

    await user.click(screen.getByRole('link', { name: 'Back to journal' }));
    const list = await screen.findByRole('list', { name: /Your entries/ });
    await user.click(await within(list).findByRole('link', { name: /Went to a meeting tonight/ }));

    const reopened = await screen.findByLabelText('Your words');
    expect(reopened).toHaveValue('Went to a meeting tonight. Felt less alone.');
    await user.type(screen.getByLabelText('Title (optional)'), 'Tuesday');
    expect(await screen.findByText(/Saved on this device/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Move to Trash' }));
    expect(await screen.findByText(/Nothing here yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const restored = await screen.findByRole('link', { name: /Tuesday/ });
    expect(restored).toBeInTheDocument();
    expect(await db.entries.count()).toBe(1);
  });

  it('does not keep a record for a page left blank', async () => {
    const { user } = renderApp('/journal/new');
    await screen.findByLabelText('Your words');
    await user.click(screen.getByRole('link', { name: 'Back to journal' }));
    expect(await screen.findByText(/Nothing here yet/)).toBeInTheDocument();
    expect(await db.entries.count()).toBe(0);
  });

  it('shows markup a person typed as text, never as HTML', async () => {
    const { user } = renderApp('/journal/new');
    const body = await screen.findByLabelText('Your words');
    await user.type(body, '<b>bold</b> <img src=x>');
    await screen.findByText(/Saved on this device/);
    await user.click(screen.getByRole('link', { name: 'Back to journal' }));
    expect(await screen.findByText('<b>bold</b> <img src=x>')).toBeInTheDocument();
    expect(document.querySelector('main img')).toBeNull();
  });
});

describe('the shell', () => {
  it('offers the five places and help from every screen', async () => {
    const { user } = renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    for (const name of ['Today', 'Steps', 'Journal', 'Inventory', 'Amends']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    await user.click(within(nav).getByRole('link', { name: 'Steps' }));
    expect(await screen.findByRole('heading', { name: 'The twelve steps' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Steps' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(screen.getByRole('link', { name: 'Help now' }));
    expect(await screen.findByRole('heading', { name: 'Help now' })).toBeInTheDocument();
    // The crisis lines come with the person's people, once both are read (HelpPage.tsx).
    const lines = await screen.findAllByRole('link', { name: 'Call 988' });
    expect(lines[0]).toHaveAttribute('href', 'tel:988');
  });
});
