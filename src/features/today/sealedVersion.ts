import type { Sealed } from '../../db/types';

/**
 * Every seal gets a fresh IV, so two records with the same IV are the same write. Repositories
 * read, seal outside a transaction (WebCrypto closes IndexedDB transactions), then write only if
 * the record still has the version they read; otherwise another tab or a second tap won, and
 * they start over from the fresh record.
 */
export function sameVersion(a: Sealed | undefined, b: Sealed | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.iv.length !== b.iv.length) return false;
  return a.iv.every((byte, i) => byte === b.iv[i]);
}

export const RETRIES = 5;

export const BUSY_MESSAGE =
  'This was changing in another place at the same moment. Nothing was lost; try once more.';
