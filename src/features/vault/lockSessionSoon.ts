import { useVaultStore } from '../../core/vaultStore';
import { isLockSet } from './keyRepo';

type LockSession = typeof import('./lockSession');

let loading: Promise<LockSession> | undefined;

/**
 * lockSession.ts, with the lock's own code (lockRepo, the passphrase, the unlock tries), is not
 * part of the first screen's code: a journal with no lock never needs it. It loads when a lock
 * turns out to be set (useAutoLock starts it once the journal is open), or at the first call
 * below. The service worker keeps it for offline use like every other file.
 */
export function loadLockSession(): Promise<LockSession> {
  loading ??= import('./lockSession').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** lockJournal (lockSession.ts). With no lock set, nothing loads: there is nothing to lock. */
export async function lockJournal(): Promise<boolean> {
  if (useVaultStore.getState().status !== 'open' || !(await isLockSet())) return false;
  return (await loadLockSession()).lockJournal();
}

/** followKeyChanged (lockSession.ts): another tab set a lock or changed the passphrase. */
export async function followKeyChanged(): Promise<void> {
  return (await loadLockSession()).followKeyChanged();
}

/** followLockRemoved (lockSession.ts): another tab took the lock off. */
export async function followLockRemoved(): Promise<void> {
  if (useVaultStore.getState().status !== 'locked') return;
  return (await loadLockSession()).followLockRemoved();
}
