import { t } from '../../core/i18n/language';
import { KeyChangedError } from './keyRepo';
import { LockInputError } from './lockRepo';
import { WrongPassphraseError } from './passphrase';
import { TooSoonError } from './unlockAttempts';

/** Words for a lock action that did not go through. Each says that nothing was changed. */
export function describeLockError(error: unknown, now = Date.now()): string {
  // Their reasons are English kept as data (msg), or already in the person's words.
  if (error instanceof LockInputError || error instanceof KeyChangedError) return t(error.message);
  if (error instanceof WrongPassphraseError) {
    return t('That is not the passphrase the lock was set with. Nothing was changed.');
  }
  if (error instanceof TooSoonError) {
    const seconds = Math.max(1, Math.ceil((error.retryAt - now) / 1000));
    return seconds === 1
      ? t('Please wait 1 second before trying again. Nothing was changed.')
      : t('Please wait {seconds} seconds before trying again. Nothing was changed.', { seconds });
  }
  console.error(error);
  return t(
    'Something went wrong, and nothing was changed: your journal is safe as it was. Please try again.',
  );
}
