import { msg, t } from '../../core/i18n/language';
import { flushAllDrafts } from '../../core/drafts';
import { tellOtherTabs } from '../../core/otherTabs';
import { forgetOpenedEntries } from '../../core/openedEntries';
import { exportDataKey, importDataKey, SealError, unwrapDataKey } from '../../core/crypto';
import { beforeJournalOpens } from '../../core/beforeJournalOpens';
import {
  isLegacy,
  isLockedRow,
  openLockedRow,
  openPlainRow,
  plainRow,
  readDataRow,
  readLegacyDeviceKey,
  type LegacyDataRow,
  type PassphraseRow,
  type StoredDataRow,
} from './keyRepo';
import { passphraseRow, replaceKeyRow, rotateDataKey } from './keyRotationRepo';
import { deriveKek, MIN_PASSPHRASE_CHARS, newKdf, WrongPassphraseError } from './passphrase';
import { assertMayTry, clearAttempts, recordFailure } from './unlockAttempts';
import { useVaultStore } from '../../core/vaultStore';

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

async function dataRow(): Promise<StoredDataRow> {
  const row = await readDataRow();
  if (!row) throw new LockInputError(msg('The journal’s key is missing. Reload the page.'));
  return row;
}

type LockedRow = PassphraseRow | Extract<LegacyDataRow, { wrappedBy: 'passphrase' }>;

async function lockedRow(): Promise<LockedRow> {
  const row = await dataRow();
  if (!isLockedRow(row)) throw new LockInputError(msg('No lock is set.'));
  return row as LockedRow;
}

function checkNewPassphrase(passphrase: string, repeated: string): void {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_CHARS) {
    throw new LockInputError(
      t(
        'A passphrase needs at least {count} characters. A few words you will remember work well.',
        {
          count: MIN_PASSPHRASE_CHARS,
        },
      ),
    );
  }
  if (passphrase !== repeated) {
    throw new LockInputError(msg('The two passphrases are not the same. Please type them again.'));
  }
}

/** Opens the data key with a passphrase. A wrong passphrase counts as a failed try. */
async function openWithPassphrase(
  row: LockedRow,
  passphrase: string,
  now: number,
  extractable: boolean,
): Promise<CryptoKey> {
  await assertMayTry(now);
  const kek = await deriveKek(passphrase, row.kdf);
  try {
    const key = await openLockedRow(row, kek, extractable);
    await clearAttempts();
    return key;
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
    await recordFailure(now);
    throw new WrongPassphraseError();
  }
}

/** The data key of a journal without a lock (or from before keys moved into Blobs). */
async function openUnlockedRow(row: StoredDataRow): Promise<CryptoKey> {
  if (!isLegacy(row)) {
    if (row.form !== 'plain') throw new LockInputError(msg('A lock is already set.'));
    return openPlainRow(row);
  }
  const device = await readLegacyDeviceKey();
  if (row.wrappedBy !== 'device' || !device) {
    throw new LockInputError(msg('The journal’s key is missing. Reload the page.'));
  }
  return unwrapDataKey(row.wrapped, row.iv, device);
}

/** A few seconds is ample for another tab to finish the save it had begun with the old key. */
const STRAGGLER_SWEEP_MS = 3000;

/**
 * Everything is sealed under a new data key, wrapped only by `passphrase` (a new salt each time),
 * and the stored copy of the old key is deleted. Other tabs are told to let go of the old key;
 * a save they finish with it meanwhile is sealed again a few seconds later.
 */
async function rotateUnder(
  oldKey: CryptoKey,
  before: StoredDataRow,
  passphrase: string,
  iterations?: number,
): Promise<void> {
  await flushAllDrafts();
  performance.mark('vault-rekey-start');
  const kdf = newKdf(iterations);
  const kek = await deriveKek(passphrase, kdf);
  const { sessionKey, sweep } = await rotateDataKey(oldKey, before, (fresh) =>
    passphraseRow(fresh, kek, kdf),
  );
  performance.measure('vault-rekey', 'vault-rekey-start');
  if (useVaultStore.getState().status === 'open') {
    useVaultStore.setState({ status: 'open', key: sessionKey }, true);
  }
  // Cached words stay right, but their versions (IVs) all changed: open them afresh.
  forgetOpenedEntries();
  tellOtherTabs('key-changed');
  setTimeout(() => void sweep().catch(() => 0), STRAGGLER_SWEEP_MS);
}

/**
 * Sets a lock: every record is sealed again under a new data key that only the passphrase
 * opens, and the old key (which a copy of the browser's files may still hold) opens nothing
 * written before or after.
 */
export async function setLock(
  passphrase: string,
  repeated: string,
  options: KdfOptions = {},
): Promise<void> {
  checkNewPassphrase(passphrase, repeated);
  const row = await dataRow();
  if (isLockedRow(row)) throw new LockInputError(msg('A lock is already set.'));
  const oldKey = await openUnlockedRow(row);
  await rotateUnder(oldKey, row, passphrase, options.iterations);
  await clearAttempts();
}

/** Opens the journal for this session. The session key is not extractable. A lock from before
 * keys moved into Blobs is renewed here, the one moment its passphrase is known. */
export async function unlock(passphrase: string, now = Date.now()): Promise<void> {
  const row = await lockedRow();
  performance.mark('vault-unlock-start');
  const key = await openWithPassphrase(row, passphrase, now, false);
  performance.mark('vault-unlock-done');
  performance.measure('vault-unlock', 'vault-unlock-start', 'vault-unlock-done');
  await beforeJournalOpens(key);
  useVaultStore.setState({ status: 'open', key }, true);
  if (isLegacy(row)) await rotateUnder(key, row, passphrase, row.kdf.iterations);
}

/** A new passphrase, and with it a new data key: the old passphrase opens nothing, not even a
 * copy of the old wrapped key that the browser's files might still hold. */
export async function changePassphrase(
  current: string,
  next: string,
  repeated: string,
  now = Date.now(),
  options: KdfOptions = {},
): Promise<void> {
  checkNewPassphrase(next, repeated);
  const row = await lockedRow();
  const oldKey = await openWithPassphrase(row, current, now, false);
  await rotateUnder(oldKey, row, next, options.iterations);
}

/** Takes the lock off: the data key is kept, stored again without a passphrase, as before any
 * lock (without a lock, the key sits beside the data; README, "Where your data lives"). */
export async function removeLock(passphrase: string, now = Date.now()): Promise<void> {
  const row = await lockedRow();
  const dataKey = await openWithPassphrase(row, passphrase, now, true);
  await replaceKeyRow(row, await plainRow(dataKey));
  if (useVaultStore.getState().status !== 'open') {
    const key = await importDataKey(await exportDataKey(dataKey));
    await beforeJournalOpens(key);
    useVaultStore.setState({ status: 'open', key }, true);
  }
  tellOtherTabs('lock-removed');
}
