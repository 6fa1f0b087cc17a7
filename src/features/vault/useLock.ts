import { useLiveQuery } from 'dexie-react-hooks';
import { isLockSet } from './keyRepo';

/** Whether a passphrase lock is set; undefined while it is being read. */
export function useLockSet(): boolean | undefined {
  return useLiveQuery(isLockSet, []);
}
