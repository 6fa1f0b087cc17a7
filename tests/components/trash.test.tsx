import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { saveEntry, trashEntry } from '../../src/features/journal/journalRepo';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

describe('Trash', () => {
  beforeEach(freshVault);

  it('restores an entry, and deletes another for good only after a confirmation', async () => {
    await saveEntry({ id: 'keep', title: 'Keep this one', body: 'a good day' });
    await saveEntry({ id: 'drop', title: 'Let this go', body: 'an old draft' });
    await trashEntry('keep');
    await trashEntry('drop');
    const { user } = renderApp('/journal/trash');

    const list = await screen.findByRole('list', { name: 'Entries in Trash' });
    const keep = within(list).getByText('Keep this one').closest('li')!;
    await user.click(within(keep).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Entry restored to your journal.')).toBeInTheDocument();
    expect((await db.entries.get('keep'))?.deletedAt).toBeUndefined();

    const drop = within(list).getByText('Let this go').closest('li')!;
    await user.click(within(drop).getByRole('button', { name: 'Delete for good…' }));
    expect(within(drop).getByText(/cannot be brought back/)).toBeInTheDocument();
    await user.click(within(drop).getByRole('button', { name: 'Keep it' }));
    expect(await db.entries.get('drop')).toBeDefined();

    await user.click(within(drop).getByRole('button', { name: 'Delete for good…' }));
    await user.click(within(drop).getByRole('button', { name: 'Delete for good' }));
    expect(await screen.findByText('Trash is empty.')).toBeInTheDocument();
    expect(await db.entries.get('drop')).toBeUndefined();
    expect(await db.entries.count()).toBe(1);
  });

  it('refuses to delete for good an entry that is not in Trash', async () => {
    const { deleteEntryForever } = await import('../../src/features/journal/journalRepo');
    await saveEntry({ id: 'live', body: 'still here' });
    await expect(deleteEntryForever('live')).rejects.toThrow('Move the entry to Trash');
    expect(await db.entries.get('live')).toBeDefined();
  });
});
