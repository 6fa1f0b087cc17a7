import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/db';
import { getEntry, saveEntry, trashEntry } from '../../src/features/journal/journalRepo';
import { freshVault } from '../helpers/freshVault';
import { waitingVersion } from '../helpers/pwaRegister';
import { renderApp } from '../helpers/renderApp';

// The database itself refuses the write (as a full or broken disk would): no repository is
// stood in for, so each message is the one a person would see.
function refuse(hook: 'updating' | 'deleting') {
  const fail = () => {
    throw new Error('The disk refused the write');
  };
  if (hook === 'updating') {
    db.entries.hook('updating', fail);
    return () => db.entries.hook('updating').unsubscribe(fail);
  }
  db.entries.hook('deleting', fail);
  return () => db.entries.hook('deleting').unsubscribe(fail);
}

describe('plain words when a change cannot be made', () => {
  let allow: (() => void) | undefined;
  beforeEach(async () => {
    await freshVault();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    allow?.();
    allow = undefined;
    vi.restoreAllMocks();
    waitingVersion.ready = false;
    waitingVersion.update = async () => {};
  });

  it('says an entry could not be moved to Trash, and leaves it as it was', async () => {
    await saveEntry({ id: 'kept', title: 'A hard evening', body: 'still mine' });
    const { user } = renderApp('/journal/kept');
    const move = await screen.findByRole('button', { name: 'Move to Trash' });
    allow = refuse('updating');
    await user.click(move);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This entry could not be moved to Trash just now. It is still here, just as you left it.',
    );
    expect(screen.getByLabelText('Your words')).toHaveValue('still mine');
    expect((await getEntry('kept'))?.deletedAt).toBeUndefined();
  });

  it('says an entry in Trash could not be restored, and keeps it in Trash', async () => {
    await saveEntry({ id: 'trashed', title: 'Bring me back', body: 'an old page' });
    await trashEntry('trashed');
    allow = refuse('updating');
    const { user } = renderApp('/journal/trash');
    const list = await screen.findByRole('list', { name: 'Entries in Trash' });
    const card = within(list).getByText('Bring me back').closest('li')!;
    await user.click(within(card).getByRole('button', { name: 'Restore' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'It could not be restored just now. It is still safe in Trash; you can try again.',
    );
    expect((await db.entries.get('trashed'))?.deletedAt).toBeDefined();
  });

  it('says an entry could not be deleted for good, and keeps it in Trash', async () => {
    await saveEntry({ id: 'trashed', title: 'Let this go', body: 'an old draft' });
    await trashEntry('trashed');
    allow = refuse('deleting');
    const { user } = renderApp('/journal/trash');
    const list = await screen.findByRole('list', { name: 'Entries in Trash' });
    const card = within(list).getByText('Let this go').closest('li')!;
    await user.click(within(card).getByRole('button', { name: 'Delete for good…' }));
    await user.click(within(card).getByRole('button', { name: 'Delete for good' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'It could not be deleted just now. Nothing has changed; you can try again.',
    );
    expect(await db.entries.get('trashed')).toBeDefined();
    expect(within(list).getByText('Let this go')).toBeInTheDocument();
  });

  it('says the update could not start, keeps the words typed, and offers it again', async () => {
    waitingVersion.ready = true;
    waitingVersion.update = () => Promise.reject(new Error('The new version failed to install'));
    const { user } = renderApp('/journal/new');
    await user.type(await screen.findByLabelText('Your words'), 'before the update');
    const update = await screen.findByRole('button', { name: 'Update now' });
    await user.click(update);
    expect(
      await screen.findByText(
        'The update could not start just now. Your writing is saved and this version keeps working. You can try again, or update later.',
      ),
    ).toBeInTheDocument();
    expect(update).toBeEnabled();
    const stored = await db.entries.toArray();
    expect(stored).toHaveLength(1);
    expect((await getEntry(stored[0]!.id))?.body).toBe('before the update');
  });
});
