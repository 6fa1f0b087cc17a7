import { flushAllDrafts } from '../../app/drafts';
import { forgetOpenedEntries } from '../journal/openedEntries';
import { isLockSet } from './lockRepo';
import { useVaultStore } from './vaultStore';

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
