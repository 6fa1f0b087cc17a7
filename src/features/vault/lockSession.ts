import { flushAllDrafts } from '../../core/drafts';
import { tellOtherTabs } from '../../core/otherTabs';
import { forgetOpenedEntries } from '../../core/openedEntries';
import { isLockSet } from './keyRepo';
import { reopenVault } from './vaultRepo';
import { useVaultStore } from '../../core/vaultStore';

/**
 * Locks the journal now, if a lock is set: the open draft is saved first (it needs the key),
 * then the session key is dropped and every opened word leaves memory, the search index's
 * copies with them. Returns whether it locked.
 */
export async function lockJournal(): Promise<boolean> {
  if (useVaultStore.getState().status !== 'open' || !(await isLockSet())) return false;
  await flushAllDrafts();
  useVaultStore.setState({ status: 'locked' }, true);
  forgetOpenedEntries();
  return true;
}

/** "Lock now": this tab and every other tab of Stepwork on the device. */
export async function lockEveryTab(): Promise<boolean> {
  tellOtherTabs('lock');
  return lockJournal();
}

/** Another tab took the lock off: a tab still showing the unlock screen opens as it would after
 * a reload, with the device key, instead of asking for a passphrase that no longer exists. */
export async function followLockRemoved(): Promise<void> {
  if (useVaultStore.getState().status !== 'locked' || (await isLockSet())) return;
  await reopenVault();
}

/** Another tab set a lock or changed the passphrase, and with it the data key: this tab saves
 * what is open (a few seconds later the other tab seals such a last save again under the new
 * key), lets go of the old key and every opened word, and opens again as after a reload: locked
 * now, or with the new key when no lock is set. */
export async function followKeyChanged(): Promise<void> {
  if (useVaultStore.getState().status === 'open') await flushAllDrafts();
  forgetOpenedEntries();
  useVaultStore.setState({ status: 'starting' }, true);
  await reopenVault();
}
