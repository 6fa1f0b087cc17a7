import { db as journalDb } from '../../db/db';
import { unwrapDataKey } from '../../core/crypto';
import { beforeJournalOpens } from '../../core/beforeJournalOpens';
import {
  createFirstKey,
  isLegacy,
  isLockedRow,
  KeyChangedError,
  openPlainRow,
  plainRow,
  readDataRow,
  readLegacyDeviceKey,
} from './keyRepo';
import { useVaultStore } from '../../core/vaultStore';
import { dropKeyReader, startKeyReader } from './keyBytes';
import { loadUnlockScreen } from './unlockScreenSoon';

/**
 * Opens the vault at start-up. On the very first run it makes a random data key, stored in a
 * Blob of its own (src/db/types.ts, KeyRow), so that setting a lock can later replace it with a
 * new key and leave nothing of the old one in the browser's files.
 */
export async function startVault(): Promise<'open' | 'locked'> {
  try {
    return await openStoredKey();
  } catch (error) {
    // Another tab moved an old journal to a new key first: open that one instead.
    if (error instanceof KeyChangedError) return openStoredKey();
    throw error;
  }
}

async function openStoredKey(): Promise<'open' | 'locked'> {
  const row = (await readDataRow()) ?? (await createFirstKey());
  if (isLockedRow(row)) {
    dropKeyReader();
    // The unlock screen's code loads only now that a lock is known to be set; until it is here
    // the starting frame stays up (Help now and Quick exit in place), so no half screen shows.
    // If it cannot load, LockedScreen says so, with Quick exit.
    await loadUnlockScreen().catch(() => undefined);
    useVaultStore.setState({ status: 'locked' }, true);
    return 'locked';
  }
  let key: CryptoKey;
  if (isLegacy(row)) {
    // A journal from before keys moved into Blobs: its device key sits inside IndexedDB's own
    // files. Everything moves to a new key at once, before anything else is written.
    const device = await readLegacyDeviceKey();
    if (!device || row.wrappedBy !== 'device') throw new Error('The device key is missing.');
    const oldKey = await unwrapDataKey(row.wrapped, row.iv, device);
    await beforeJournalOpens(oldKey);
    // Once per old journal: its code loads only here, not with the first screen.
    const { rotateDataKey } = await import('./keyRotationRepo');
    key = (await rotateDataKey(oldKey, row, plainRow)).sessionKey;
  } else if (row.form === 'plain') {
    key = await openPlainRow(row);
  } else {
    throw new Error('The journal’s key is in an unknown form.');
  }
  await beforeJournalOpens(key);
  useVaultStore.setState({ status: 'open', key }, true);
  return 'open';
}

/**
 * Opens the journal at start-up: the database, then the vault. While it is open, another tab can
 * get in the way: an older copy still holding the database open (`onBlocked`), or a newer copy
 * that needs it closed to upgrade it (`onReplaced`; this tab steps aside at once). `stop()` stops
 * listening for either.
 */
export function openJournal(events: { onBlocked: () => void; onReplaced: () => void }): {
  opened: Promise<void>;
  stop: () => void;
} {
  const onBlocked = () => events.onBlocked();
  const onVersionChange = () => {
    journalDb.close();
    events.onReplaced();
    return false;
  };
  journalDb.on('blocked', onBlocked);
  journalDb.on('versionchange', onVersionChange);
  const opened = (async () => {
    startKeyReader();
    await journalDb.open();
    await startVault();
  })();
  return {
    opened,
    stop: () => {
      journalDb.on('blocked').unsubscribe(onBlocked);
      journalDb.on('versionchange').unsubscribe(onVersionChange);
    },
  };
}

/** Opens the vault again as at start-up: with the stored key when no lock is set. */
export async function reopenVault(): Promise<'open' | 'locked'> {
  return startVault();
}
