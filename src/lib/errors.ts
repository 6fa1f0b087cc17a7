/** Turns a failed write into words a person can act on (VOICE.md: say what happened, what is
 * still safe, what to do next). */
export function describeSaveError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'Your words are still here on the screen. The device is out of space, so they could not be saved for good. Export a backup, then free some space.';
  }
  if (errorName(error) === 'LockedError') {
    return 'Your words are still here on the screen. The journal locked before they were saved. Unlock it to keep them.';
  }
  return 'Your words are still here on the screen, but they could not be saved just now. Keep this screen open; Stepwork will try again when you type.';
}

// DOMExceptions and Dexie's wrapped errors are recognised by name: not every one of them is an
// instance of this realm's Error.
export function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : undefined;
}

export function isQuotaError(error: unknown): boolean {
  if (errorName(error) === 'QuotaExceededError') return true;
  const inner =
    typeof error === 'object' && error !== null ? (error as { inner?: unknown }).inner : undefined;
  return errorName(inner) === 'QuotaExceededError';
}
