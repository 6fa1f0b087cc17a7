import { t } from '../../core/i18n/language';
import { errorName, isQuotaError } from '../../lib/errors';

/** Words for a backup that could not be made. Saving never changes the journal, so each says so. */
export function describeExportError(error: unknown): string {
  if (errorName(error) === 'LockedError') {
    return t(
      'Your journal locked before the backup was made. Unlock it and try again. Nothing was changed.',
    );
  }
  if (isQuotaError(error)) {
    return t(
      'The device is out of space, so the backup file could not be made. Free some space and try again. Your journal is untouched.',
    );
  }
  return t(
    'The backup could not be saved just now. Your journal is untouched. Please try again; if it keeps happening, restarting the browser often helps.',
  );
}
