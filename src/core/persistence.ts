import { getSetting, setSetting } from './settingsRepo';

export const PERSISTENCE_KEY = 'storagePersistence';

export interface PersistenceAnswer {
  askedAt: number;
  persisted: boolean;
}

let asking: Promise<void> | null = null;

/**
 * Asks the browser once, after the first thing is saved, to keep this site's storage even when
 * space runs low. The answer is remembered for the storage view.
 */
export function requestPersistenceOnce(now = Date.now()): Promise<void> {
  asking ??= (async () => {
    const known = await getSetting<PersistenceAnswer>(PERSISTENCE_KEY);
    if (known) return;
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    let persisted: boolean;
    try {
      persisted = storage?.persist ? await storage.persist() : false;
    } catch {
      persisted = false;
    }
    await setSetting(PERSISTENCE_KEY, { askedAt: now, persisted } satisfies PersistenceAnswer);
  })().catch(() => {
    asking = null;
  });
  return asking;
}

/** For tests: forget that this page already asked. */
export function resetPersistenceRequest(): void {
  asking = null;
}
