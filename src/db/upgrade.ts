import Dexie, { type Transaction } from 'dexie';

/**
 * Wraps a schema version's upgrade function (DESIGN.md, "Schema versions"). Whatever goes wrong
 * inside is raised as Dexie's UpgradeError naming the version, so the open fails as a failed
 * upgrade (src/app/DbFailure.tsx says so in words) rather than as an unknown error. IndexedDB
 * aborts the version-change transaction, so the journal stays exactly as the last version left it.
 *
 *   this.version(2).stores({ ... }).upgrade(upgradeStep(2, async (tx) => { ... }));
 */
export function upgradeStep(
  version: number,
  upgrade: (tx: Transaction) => Promise<void>,
): (tx: Transaction) => Promise<void> {
  return async (tx) => {
    try {
      await upgrade(tx);
    } catch (error) {
      throw new Dexie.UpgradeError(`The upgrade to version ${version} failed.`, error as object);
    }
  };
}
