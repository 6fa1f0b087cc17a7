import { t } from './words';

/**
 * Input a repository refused, with a message a person can read as it is ("Split it into two
 * entries."). Every repository's own refusal extends this, so the save-status line can show the
 * repository's words instead of a generic "will try again": trying again cannot help, changing
 * the words can.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Turns a failed write into words a person can act on (VOICE.md: say what happened, what is
 * still safe, what to do next). */
export function describeSaveError(error: unknown): string {
  if (error instanceof InputError) {
    // A repository's reason is English kept as data (msg), or already in the person's words.
    return t('Your words are still here on the screen. {reason}', { reason: t(error.message) });
  }
  if (isQuotaError(error)) {
    return t(
      'Your words are still here on the screen. The device is out of space, so they could not be saved for good. Export a backup, then free some space. Stepwork keeps trying every few seconds.',
    );
  }
  if (errorName(error) === 'LockedError') {
    return t(
      'Your words are still here on the screen. The journal locked before they were saved. Unlock it to keep them.',
    );
  }
  return t(
    'Your words are still here on the screen. They could not be saved just now. Keep this screen open; Stepwork keeps trying.',
  );
}

// DOMExceptions and Dexie's wrapped errors are recognised by name: not every one of them is an
// instance of this realm's Error.
export function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : undefined;
}

/**
 * True for a full disk however it arrives: the DOMException itself, Dexie's AbortError whose
 * `inner` is the quota error (a transaction aborted by it), or a bulk write's `failures`.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  if (errorName(error) === 'QuotaExceededError') return true;
  const { inner, failures } = error as { inner?: unknown; failures?: unknown };
  if (isQuotaError(inner, depth + 1)) return true;
  const list = Array.isArray(failures)
    ? failures
    : failures && typeof failures === 'object'
      ? Object.values(failures)
      : [];
  return list.some((failure) => isQuotaError(failure, depth + 1));
}

/** The connection to the database was lost (Chromium closes it after some disk failures). */
export function isClosedError(error: unknown): boolean {
  const name = errorName(error);
  return name === 'DatabaseClosedError' || name === 'InvalidStateError';
}

/** Less room than this left for the origin reads as a full disk. */
const NEARLY_FULL_BYTES = 5 * 1024 * 1024;

/**
 * Whether the browser says this origin has (almost) no room left. A full disk does not always
 * fail as a QuotaExceededError: the write can fail as an UnknownError, or the connection can
 * close under it, and the person would be told only that it "could not be saved".
 */
export async function looksOutOfSpace(): Promise<boolean> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (!estimate || estimate.quota === undefined || estimate.usage === undefined) return false;
    return estimate.quota - estimate.usage < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}

/** A stand-in for a full disk that failed under another name. */
export const outOfSpace = () =>
  new DOMException('The device is out of space.', 'QuotaExceededError');

/**
 * A save of a record that was deleted for good (in another tab, or on another screen): the
 * database does not bring it back (db/deletedRecords.ts). The editor kit adds the words that
 * were on screen, so the save line can offer to copy them.
 */
export class DeletedElsewhereError extends InputError {
  /** What the person wrote, as plain text with each box's label, or '' when not known. */
  words = '';
  constructor() {
    super(
      t(
        'This was deleted for good in another tab or window, so Stepwork will not save it again. If you would like to keep these words, you can copy them before you leave this screen.',
      ),
    );
    this.name = 'DeletedElsewhereError';
  }
}
