import { KeyChangedError } from './keyRepo';
import { LockInputError } from './lockRepo';
import { WrongPassphraseError } from './passphrase';
import { TooSoonError } from './unlockAttempts';

/** Words for a lock action that did not go through. Each says that nothing was changed. */
export function describeLockError(error: unknown, now = Date.now()): string {
  if (error instanceof LockInputError || error instanceof KeyChangedError) return error.message;
  if (error instanceof WrongPassphraseError) {
    return 'That is not the passphrase the lock was set with. Nothing was changed.';
  }
  if (error instanceof TooSoonError) {
    const seconds = Math.max(1, Math.ceil((error.retryAt - now) / 1000));
    return `Please wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} before trying again. Nothing was changed.`;
  }
  console.error(error);
  return 'Something went wrong, and nothing was changed: your journal is safe as it was. Please try again.';
}
