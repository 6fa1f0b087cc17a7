import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { getSetting } from '../../src/core/settingsRepo';
import { describeSetting, lowersSafety } from '../../src/features/backup/portableSettings';
import { saveEntry } from '../../src/features/journal/journalRepo';
import { setLock } from '../../src/features/vault/lockRepo';
import { startVault } from '../../src/features/vault/vaultRepo';
import { useVaultStore } from '../../src/core/vaultStore';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';

const PASS = 'lanterns on the pier';

function setVisibility(value: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(async () => {
  await resetApp();
  await db.open();
  await startVault();
  await saveEntry({ id: 'e1', title: 'Brother', body: 'what I said in March' });
  await setLock(PASS, PASS, { iterations: 1000 });
  useVaultStore.setState({ status: 'starting' }, true);
  setVisibility('visible');
});

describe('auto-lock as soon as I leave the app', () => {
  it('is chosen beside the minutes, and locks the moment the app is hidden', async () => {
    const { user } = renderApp('/settings/lock');
    await user.type(await screen.findByLabelText('Passphrase'), `${PASS}{Enter}`);
    const choice = await screen.findByRole('combobox', {
      name: 'Lock by itself when it is not used',
    });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toContain(
      'After 5 minutes',
    );
    await user.selectOptions(choice, 'As soon as I leave the app');
    await waitFor(async () => expect(await getSetting('autoLockMinutes')).toBe(-1));

    // A moment away, not minutes, and right after choosing: locked at once.
    act(() => setVisibility('hidden'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your journal is locked' }),
    ).toBeInTheDocument();
    act(() => setVisibility('visible'));
    expect(screen.queryByText(/what I said in March/)).toBeNull();
  });

  it('says so when the choice cannot be kept, and keeps the one before', async () => {
    const { user } = renderApp('/settings/lock');
    await user.type(await screen.findByLabelText('Passphrase'), `${PASS}{Enter}`);
    const choice = await screen.findByRole('combobox', {
      name: 'Lock by itself when it is not used',
    });
    // The write fails inside IndexedDB, as a full disk makes it.
    const refuse = (): undefined => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.settings.hook('creating', refuse);
    db.settings.hook('updating', refuse);
    try {
      await user.selectOptions(choice, 'Only when I lock it');
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'That choice could not be kept just now.',
      );
    } finally {
      db.settings.hook('creating').unsubscribe(refuse);
      db.settings.hook('updating').unsubscribe(refuse);
    }
    expect(await getSetting('autoLockMinutes')).toBeUndefined();
    expect(choice).toHaveDisplayValue('After 5 minutes');

    await user.selectOptions(choice, 'After 1 minute');
    await waitFor(async () => expect(await getSetting('autoLockMinutes')).toBe(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('counts as the safest choice when a backup would change it', () => {
    expect(lowersSafety('autoLockMinutes', -1, 5)).toBe(true);
    expect(lowersSafety('autoLockMinutes', -1, 0)).toBe(true);
    expect(lowersSafety('autoLockMinutes', 5, -1)).toBe(false);
    expect(describeSetting('autoLockMinutes', -1)).toBe('Auto-lock: as soon as you leave the app');
  });
});
