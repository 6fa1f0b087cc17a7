import { db as journalDb, type StepworkDB } from '../../db/db';
import type { KeyRow } from '../../db/types';
import { generateDataKey, generateWrappingKey, unwrapDataKey, wrapDataKey } from './crypto';
import { useVaultStore } from './vaultStore';

type DataKeyRow = Extract<KeyRow, { id: 'data' }>;
type DeviceKeyRow = Extract<KeyRow, { id: 'device' }>;

/**
 * Opens the vault at start-up. On the very first run it makes a random data key and a
 * non-extractable device key, and stores the data key only in wrapped form, so that a passphrase
 * lock can later re-wrap this same key without re-encrypting a single record.
 */
export async function startVault(db: StepworkDB): Promise<'open' | 'locked'> {
  let key = (await db.keys.get('data')) as DataKeyRow | undefined;
  if (!key) {
    // Keys are made outside the transaction: an IndexedDB transaction closes while it waits on
    // WebCrypto. The transaction then re-checks, so two tabs starting at once agree on one key.
    const device = await generateWrappingKey();
    const dataKey = await generateDataKey(true);
    const { iv, wrapped } = await wrapDataKey(dataKey, device);
    const fresh: DataKeyRow = { id: 'data', wrappedBy: 'device', iv, wrapped };
    key = await db.transaction('rw', db.keys, async () => {
      const raced = (await db.keys.get('data')) as DataKeyRow | undefined;
      if (raced) return raced;
      await db.keys.bulkPut([{ id: 'device', key: device } satisfies DeviceKeyRow, fresh]);
      return fresh;
    });
  }

  if (key.wrappedBy === 'passphrase') {
    useVaultStore.setState({ status: 'locked' }, true);
    return 'locked';
  }
  const device = (await db.keys.get('device')) as DeviceKeyRow | undefined;
  if (!device) throw new Error('The device key is missing.');
  const dataKey = await unwrapDataKey(key.wrapped, key.iv, device.key);
  useVaultStore.setState({ status: 'open', key: dataKey }, true);
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
    await journalDb.open();
    await startVault(journalDb);
  })();
  return {
    opened,
    stop: () => {
      journalDb.on('blocked').unsubscribe(onBlocked);
      journalDb.on('versionchange').unsubscribe(onVersionChange);
    },
  };
}

/** Opens the vault again as at start-up: with the device key when no lock is set. */
export async function reopenVault(): Promise<'open' | 'locked'> {
  return startVault(journalDb);
}
