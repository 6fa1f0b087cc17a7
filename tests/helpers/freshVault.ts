import { db } from '../../src/db/db';
import { forgetOpenedEntries } from '../../src/core/openedEntries';
import { startVault } from '../../src/features/vault/vaultRepo';
import { useVaultStore } from '../../src/core/vaultStore';

/** A brand-new, empty journal on fake-indexeddb with its vault open, as on a first run. */
export async function freshVault(): Promise<void> {
  forgetOpenedEntries();
  db.close();
  await db.delete();
  useVaultStore.setState({ status: 'starting' }, true);
  await db.open();
  await startVault();
}
