/** Turns a failed write into words a person can act on (VOICE.md: say what happened, what is
 * still safe, what to do next). */
export function describeSaveError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'Your words are still here on the screen. The device is out of space, so they could not be saved for good. Export a backup, then free some space.';
  }
  if (error instanceof Error && error.name === 'LockedError') {
    return 'Your words are still here on the screen. The journal locked before they were saved. Unlock it to keep them.';
  }
  return 'Your words are still here on the screen, but they could not be saved just now. Keep this screen open; Stepwork will try again when you type.';
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'QuotaExceededError') return true;
  const inner = (error as { inner?: unknown }).inner;
  return inner instanceof Error && inner.name === 'QuotaExceededError';
}
