import { getSetting, setSetting } from '../../core/settingsRepo';

/**
 * Failed passphrase tries, kept in the (clear) settings table so that reloading the page does not
 * reset the wait. This slows a person guessing at the screen; it is not what protects the words
 * on disk (the key derivation is), and the README says so.
 */
export const ATTEMPTS_KEY = 'unlockAttempts';

/** Tries that cost nothing: a person under stress mistypes. */
const FREE_TRIES = 3;
const FIRST_WAIT_MS = 5_000;
const LONGEST_WAIT_MS = 5 * 60_000;

export interface UnlockAttempts {
  failures: number;
  lastFailureAt: number;
}

/** Thrown when a passphrase is tried before the wait after earlier tries has passed. */
export class TooSoonError extends Error {
  constructor(public readonly retryAt: number) {
    super('Please wait a little before trying again.');
    this.name = 'TooSoonError';
  }
}

/** No wait for the first three failures, then 5 s, 10 s, 20 s… up to five minutes. */
function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES), LONGEST_WAIT_MS);
}

export async function readAttempts(): Promise<UnlockAttempts> {
  return (await getSetting<UnlockAttempts>(ATTEMPTS_KEY)) ?? { failures: 0, lastFailureAt: 0 };
}

/** When the next try is allowed, or 0 when it is allowed now. */
export async function retryAt(now: number): Promise<number> {
  const { failures, lastFailureAt } = await readAttempts();
  const at = lastFailureAt + waitAfter(failures);
  // A clock set back must not lock a person out for longer than the longest wait.
  return at > now && at - now <= LONGEST_WAIT_MS ? at : 0;
}

export async function assertMayTry(now: number): Promise<void> {
  const at = await retryAt(now);
  if (at) throw new TooSoonError(at);
}

export async function recordFailure(now: number): Promise<void> {
  const { failures } = await readAttempts();
  await setSetting(ATTEMPTS_KEY, { failures: failures + 1, lastFailureAt: now });
}

/** Forgets earlier failures; writes only when there are some, to keep unlocking quick. */
export async function clearAttempts(): Promise<void> {
  const { failures, lastFailureAt } = await readAttempts();
  if (failures === 0 && lastFailureAt === 0) return;
  await setSetting(ATTEMPTS_KEY, { failures: 0, lastFailureAt: 0 });
}
