import { db } from '../../src/db/db';
import { forgetOpenedEntries } from '../../src/core/openedEntries';
import { useQuickExit } from '../../src/features/safety/quickExit';
import { useVaultStore } from '../../src/core/vaultStore';

/** An empty journal that the app will open itself on first render, as on a first visit. */
export async function resetApp(): Promise<void> {
  forgetOpenedEntries();
  db.close();
  await db.delete();
  useVaultStore.setState({ status: 'starting' }, true);
  sessionStorage.clear();
  useQuickExit.setState({ exited: false });
  document.title = 'Stepwork';
}
