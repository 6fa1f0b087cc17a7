import { tellOtherTabs } from '../../app/otherTabs';
import { db } from '../../db/db';
import type { KeyRow } from '../../db/types';
import { generateWrappingKey, SealError, unwrapDataKey, wrapDataKey } from './crypto';
import { deriveKek, MIN_PASSPHRASE_CHARS, newKdf, WrongPassphraseError } from './passphrase';
import { assertMayTry, clearAttempts, recordFailure } from './unlockAttempts';
import { useVaultStore } from './vaultStore';

type DataKeyRow = Extract<KeyRow, { id: 'data' }>;
type LockedRow = Extract<DataKeyRow, { wrappedBy: 'passphrase' }>;
type DeviceKeyRow = Extract<KeyRow, { id: 'device' }>;

/** Tests may use fewer iterations to stay quick; the app always uses the shipped count. */
export interface KdfOptions {
  iterations?: number;
}

/** A passphrase that cannot be used, or a lock in a state that does not allow the action. */
export class LockInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockInputError';
  }
}

async function dataRow(): Promise<DataKeyRow> {
  const row = (await db.keys.get('data')) as DataKeyRow | undefined;
  if (!row) throw new LockInputError('The journal’s key is missing. Reload the page.');
  return row;
}

async function lockedRow(): Promise<LockedRow> {
  const row = await dataRow();
  if (row.wrappedBy !== 'passphrase') throw new LockInputError('No lock is set.');
  return row;
}

export async function isLockSet(): Promise<boolean> {
  const row = await db.keys.get('data');
  return row?.id === 'data' && row.wrappedBy === 'passphrase';
}

export function checkNewPassphrase(passphrase: string, repeated: string): void {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_CHARS) {
    throw new LockInputError(
      `A passphrase needs at least ${MIN_PASSPHRASE_CHARS} characters. A few words you will remember work well.`,
    );
  }
  if (passphrase !== repeated) {
    throw new LockInputError('The two passphrases are not the same. Please type them again.');
  }
}

function sameBytes(a: ArrayBuffer, b: ArrayBuffer): boolean {
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  return x.length === y.length && x.every((byte, i) => byte === y[i]);
}

/** Opens the data key with a passphrase, as an extractable key so it can be wrapped again.
 * A wrong passphrase counts as a failed try. */
async function openWithPassphrase(
  row: LockedRow,
  passphrase: string,
  now: number,
  extractable: boolean,
): Promise<CryptoKey> {
  await assertMayTry(now);
  const kek = await deriveKek(passphrase, row.kdf);
  try {
    const key = await unwrapDataKey(row.wrapped, row.iv, kek, extractable);
    await clearAttempts();
    return key;
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
    await recordFailure(now);
    throw new WrongPassphraseError();
  }
}

/** Wraps the data key with a new passphrase and a fresh salt, and checks the result opens. */
async function wrapWithPassphrase(
  dataKey: CryptoKey,
  passphrase: string,
  iterations?: number,
): Promise<LockedRow> {
  const kdf = newKdf(iterations);
  const kek = await deriveKek(passphrase, kdf);
  const { iv, wrapped } = await wrapDataKey(dataKey, kek);
  // The old copy is about to be deleted; make sure the new one really opens first.
  await unwrapDataKey(wrapped, iv, kek);
  return { id: 'data', wrappedBy: 'passphrase', iv, wrapped, kdf };
}

/** Replaces the stored data key row, unless another tab changed it since `before` was read. */
async function replaceRow(
  before: DataKeyRow,
  next: DataKeyRow,
  device: 'delete' | DeviceKeyRow,
): Promise<void> {
  await db.transaction('rw', db.keys, async () => {
    const current = (await db.keys.get('data')) as DataKeyRow | undefined;
    if (!current || !sameBytes(current.wrapped, before.wrapped)) {
      throw new LockInputError(
        'The lock was changed in another window. Nothing was changed here; please try again.',
      );
    }
    await db.keys.put(next);
    if (device === 'delete') await db.keys.delete('device');
    else await db.keys.put(device);
  });
}

/**
 * Sets a lock: the data key is opened from its device-wrapped copy, wrapped with a key derived
 * from the passphrase, and the device copy is deleted, so only the passphrase opens it. No
 * record is sealed again: they all stay under the same data key.
 */
export async function setLock(
  passphrase: string,
  repeated: string,
  options: KdfOptions = {},
): Promise<void> {
  checkNewPassphrase(passphrase, repeated);
  const row = await dataRow();
  if (row.wrappedBy !== 'device') throw new LockInputError('A lock is already set.');
  const device = (await db.keys.get('device')) as DeviceKeyRow | undefined;
  if (!device) throw new LockInputError('The journal’s key is missing. Reload the page.');
  // Sealing work happens before the transaction: IndexedDB closes it while WebCrypto works.
  const dataKey = await unwrapDataKey(row.wrapped, row.iv, device.key, true);
  const next = await wrapWithPassphrase(dataKey, passphrase, options.iterations);
  await replaceRow(row, next, 'delete');
  await clearAttempts();
}

/** Opens the journal for this session. The session key is a non-extractable unwrap. */
export async function unlock(passphrase: string, now = Date.now()): Promise<void> {
  const row = await lockedRow();
  performance.mark('vault-unlock-start');
  const key = await openWithPassphrase(row, passphrase, now, false);
  performance.mark('vault-unlock-done');
  performance.measure('vault-unlock', 'vault-unlock-start', 'vault-unlock-done');
  useVaultStore.setState({ status: 'open', key }, true);
}

/** Re-wraps the one data key under a new passphrase; every record stays as it is. */
export async function changePassphrase(
  current: string,
  next: string,
  repeated: string,
  now = Date.now(),
  options: KdfOptions = {},
): Promise<void> {
  checkNewPassphrase(next, repeated);
  const row = await lockedRow();
  const dataKey = await openWithPassphrase(row, current, now, true);
  await replaceRow(row, await wrapWithPassphrase(dataKey, next, options.iterations), 'delete');
}

/** Takes the lock off: a new device key wraps the data key again, as before any lock. */
export async function removeLock(passphrase: string, now = Date.now()): Promise<void> {
  const row = await lockedRow();
  const dataKey = await openWithPassphrase(row, passphrase, now, true);
  const device = await generateWrappingKey();
  const { iv, wrapped } = await wrapDataKey(dataKey, device);
  await replaceRow(
    row,
    { id: 'data', wrappedBy: 'device', iv, wrapped },
    { id: 'device', key: device },
  );
  if (useVaultStore.getState().status !== 'open') {
    useVaultStore.setState({ status: 'open', key: await unwrapDataKey(wrapped, iv, device) }, true);
  }
  tellOtherTabs('lock-removed');
}
