import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/db';
import { saveEntry } from '../../src/features/journal/journalRepo';
import { isLockSet } from '../../src/features/vault/keyRepo';
import { setLock } from '../../src/features/vault/lockRepo';
import { startVault } from '../../src/features/vault/vaultRepo';
import { useVaultStore } from '../../src/core/vaultStore';
import { getSetting } from '../../src/core/settingsRepo';
import { AUTO_LOCK_KEY } from '../../src/features/vault/useAutoLock';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';

const PASS = 'lanterns on the pier';
const SECRET = 'what I said to my brother in March';

/** A journal with one entry and a lock already set (with few iterations, to stay quick). */
async function lockedJournal() {
  await db.open();
  await startVault();
  await saveEntry({ id: 'e1', title: 'Brother', body: SECRET });
  await setLock(PASS, PASS, { iterations: 1000 });
  useVaultStore.setState({ status: 'starting' }, true);
}

function setVisibility(value: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('the passphrase lock', () => {
  beforeEach(resetApp);
  afterEach(() => vi.useRealTimers());

  it('is set from Settings after an honest note, then locks and unlocks', async () => {
    await db.open();
    await startVault();
    await saveEntry({ id: 'e1', body: SECRET });
    const { user } = renderApp('/settings');
    await user.click(await screen.findByRole('link', { name: 'Set up a lock' }));
    expect(await screen.findByRole('heading', { name: 'Passphrase lock' })).toBeInTheDocument();
    expect(
      await screen.findByText(/if you forget your passphrase, your journal cannot be opened/),
    ).toBeVisible();

    await user.type(screen.getByLabelText('Passphrase'), PASS);
    await user.type(screen.getByLabelText('Type it again'), PASS);
    await user.click(screen.getByRole('button', { name: 'Set the lock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/tick the box/);
    expect(await isLockSet()).toBe(false);

    await user.click(screen.getByRole('checkbox', { name: /cannot be opened/ }));
    await user.click(screen.getByRole('button', { name: 'Set the lock' }));
    expect(await screen.findByText(/The lock is set/, {}, { timeout: 10_000 })).toBeVisible();
    expect(await isLockSet()).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    // The locked frame comes first, then the unlock form's code, which draws the heading again.
    await screen.findByRole('heading', { level: 1, name: 'Your journal is locked' });
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    expect(await screen.findByText(/Without it, your journal cannot be opened/)).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Your journal is locked' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeVisible();

    await user.type(screen.getByLabelText('Passphrase'), 'lanterns on the beach{Enter}');
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'That passphrase didn’t open your journal.',
    );
    expect(screen.getByLabelText('Passphrase')).toHaveValue('');
    expect(document.body.textContent).not.toContain('brother');

    await user.type(screen.getByLabelText('Passphrase'), `${PASS}{Enter}`);
    expect(
      await screen.findByText('Your journal is locked with a passphrase.', {}, { timeout: 10_000 }),
    ).toBeVisible();
  });

  it('starts building the search index as soon as the journal is unlocked', async () => {
    await lockedJournal();
    const { user } = renderApp('/');
    await user.type(await screen.findByLabelText('Passphrase'), `${PASS}{Enter}`);
    await screen.findByRole('heading', { level: 1, name: 'Today' }, { timeout: 10_000 });
    const search = await import('../../src/features/journal/search/searchIndex');
    await search.whenSearchIndexReady();
    const answer = await search.searchJournal('brother march', 20);
    expect(answer.items.map((item) => item.id)).toEqual(['e1']);
  });

  it('shows the wait after repeated wrong tries, and again after a reload', async () => {
    await lockedJournal();
    const { user, unmount } = renderApp('/');
    const field = await screen.findByLabelText('Passphrase');
    for (let i = 0; i < 3; i += 1) {
      await user.type(field, `not it ${i} at all{Enter}`);
      await screen.findByRole('alert');
    }
    expect(await screen.findByText(/You can try again in [45] seconds\./)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeDisabled();
    unmount();

    useVaultStore.setState({ status: 'starting' }, true);
    renderApp('/');
    expect(await screen.findByText(/You can try again in [1-5] seconds?\./)).toBeVisible();
  });

  it('changes the passphrase and removes the lock from Settings', async () => {
    await lockedJournal();
    const { user } = renderApp('/settings/lock');
    await user.type(await screen.findByLabelText('Passphrase'), `${PASS}{Enter}`);
    const change = await screen.findByRole('heading', { name: 'Change your passphrase' });
    const form = change.closest('form')!;
    await user.type(within(form).getByLabelText('Current passphrase'), 'wrong one here');
    await user.type(within(form).getByLabelText('New passphrase'), 'stars over the hill');
    await user.type(within(form).getByLabelText('Type the new one again'), 'stars over the hill');
    await user.click(within(form).getByRole('button', { name: 'Change passphrase' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Nothing was changed.');

    await user.clear(within(form).getByLabelText('Current passphrase'));
    await user.type(within(form).getByLabelText('Current passphrase'), PASS);
    await user.click(within(form).getByRole('button', { name: 'Change passphrase' }));
    expect(
      await screen.findByText(/Your passphrase is changed/, {}, { timeout: 10_000 }),
    ).toBeVisible();

    await user.type(screen.getByLabelText('Passphrase to remove the lock'), 'stars over the hill');
    await user.click(screen.getByRole('button', { name: 'Remove the lock' }));
    expect(await screen.findByText(/The lock is off/, {}, { timeout: 10_000 })).toBeVisible();
    expect(await isLockSet()).toBe(false);
    expect(await screen.findByRole('heading', { name: 'Set a passphrase' })).toBeInTheDocument();
  });

  it('locks by itself when the app was hidden longer than the chosen minutes', async () => {
    await lockedJournal();
    const { user } = renderApp('/journal');
    await user.type(await screen.findByLabelText('Passphrase'), `${PASS}{Enter}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Journal' })).toBeInTheDocument();
    // The auto-lock arms once its live reads of "is a lock set" and the minutes have answered.
    // Reads of the same rows queued after them answer after them; act lets React take them in.
    await act(async () => {
      await isLockSet();
      await getSetting(AUTO_LOCK_KEY);
    });

    vi.useFakeTimers({ toFake: ['Date'] });
    act(() => setVisibility('hidden'));
    vi.setSystemTime(Date.now() + 4 * 60_000);
    act(() => setVisibility('visible'));
    // Four minutes away is less than the five the app starts with.
    expect(screen.getByRole('heading', { level: 1, name: 'Journal' })).toBeInTheDocument();

    act(() => setVisibility('hidden'));
    vi.setSystemTime(Date.now() + 6 * 60_000);
    act(() => setVisibility('visible'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your journal is locked' }),
    ).toBeInTheDocument();
  });
});
