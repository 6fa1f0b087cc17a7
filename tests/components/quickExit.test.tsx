import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { getEntry } from '../../src/features/journal/journalRepo';
import { allOpenedEntries } from '../../src/core/openedEntries';
import { setLock } from '../../src/features/vault/lockRepo';
import { startVault } from '../../src/features/vault/vaultRepo';
import { useVaultStore } from '../../src/core/vaultStore';
import { leaveNeutralScreen, useQuickExit } from '../../src/features/safety/quickExit';
import { holdEscapeTwice } from '../../src/features/safety/useEscapeTwice';
import { everyWordInDb } from '../helpers/everyWordInDb';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';

const WORDS = 'The argument last night still sits in my chest';

async function writeEntry(user: ReturnType<typeof renderApp>['user']) {
  const box = await screen.findByLabelText('Your words');
  // No pause: the quick exit itself must save what is on screen.
  await user.type(box, WORDS);
}

describe('quick exit', () => {
  beforeEach(resetApp);

  it('saves the open draft, hides every word, forgets opened text and renames the page', async () => {
    const { user } = renderApp('/journal/new');
    await writeEntry(user);
    await user.click(screen.getByRole('button', { name: 'Quick exit' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Notes' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('argument');
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    expect(document.title).toBe('Notes');
    // The address no longer names the entry.
    expect(window.location.hash).toBe('#/');
    // The quick exit saves the words on screen, then forgets what was opened: the screen is
    // already neutral while that write is on its way.
    await waitFor(async () => expect(await everyWordInDb()).toContain(WORDS));
    await waitFor(() => expect([...allOpenedEntries()]).toEqual([]));
    const rows = await db.entries.toArray();
    expect(rows).toHaveLength(1);
    expect((await getEntry(rows[0]!.id))?.body).toBe(WORDS);
  });

  it('keeps the neutral screen when the person goes back', async () => {
    const { user } = renderApp('/journal/new');
    await writeEntry(user);
    await user.click(screen.getByRole('button', { name: 'Quick exit' }));
    await screen.findByRole('heading', { name: 'Notes' });
    window.location.hash = '#/journal';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('heading', { level: 1, name: 'Notes' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('argument');

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(document.title).toBe('Stepwork');
  });

  it('runs on Escape pressed twice, but not once', async () => {
    const { user } = renderApp('/journal/new');
    await writeEntry(user);
    await user.keyboard('{Escape}');
    expect(screen.getByLabelText('Your words')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Notes' })).toBeInTheDocument();
  });

  it('runs on Escape twice before the app has drawn, and not once nobody holds it', async () => {
    // main.tsx holds it from the moment the code runs; Boot holds it too once it is drawn.
    const user = userEvent.setup({ delay: null });
    const early = holdEscapeTwice();
    const boot = holdEscapeTwice();
    boot();
    await user.keyboard('{Escape}{Escape}');
    await waitFor(() => expect(useQuickExit.getState().exited).toBe(true));
    leaveNeutralScreen();
    early();
    await user.keyboard('{Escape}{Escape}');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(useQuickExit.getState().exited).toBe(false);
  });

  it('locks the journal when a lock is set, and continuing asks for the passphrase', async () => {
    await db.open();
    await startVault();
    await setLock('a long walk home', 'a long walk home', { iterations: 1000 });
    useVaultStore.setState({ status: 'starting' }, true);
    const { user } = renderApp('/journal/new');
    // A set lock means the app starts locked.
    await user.type(await screen.findByLabelText('Passphrase'), 'a long walk home{Enter}');
    await writeEntry(user);
    await user.click(screen.getByRole('button', { name: 'Quick exit' }));
    await screen.findByRole('heading', { name: 'Notes' });
    await waitFor(() => expect(useVaultStore.getState().status).toBe('locked'));
    const [row] = await db.entries.toArray();
    expect(row).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your journal is locked' }),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('argument');
  });

  it('hides this tab when another tab exits, and tells the other tabs when this one does', async () => {
    const otherTab = new BroadcastChannel('stepwork:tabs');
    const heard: unknown[] = [];
    otherTab.onmessage = (event: MessageEvent) => heard.push(event.data);
    try {
      const { user } = renderApp('/journal/new');
      await writeEntry(user);
      otherTab.postMessage('quick-exit');
      expect(await screen.findByRole('heading', { level: 1, name: 'Notes' })).toBeInTheDocument();
      expect(document.body.textContent).not.toContain('argument');
      // Exiting because another tab asked is not passed on again.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(heard).toEqual([]);
      await waitFor(async () => expect(await db.entries.count()).toBe(1));

      await user.click(screen.getByRole('button', { name: 'Continue' }));
      await user.click(await screen.findByRole('button', { name: 'Quick exit' }));
      await waitFor(() => expect(heard).toEqual(['quick-exit']));
    } finally {
      otherTab.close();
    }
  });
});
