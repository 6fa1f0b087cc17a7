import type { StepworkDB } from '../../db/db';
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
