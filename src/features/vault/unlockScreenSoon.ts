import type { ComponentType } from 'react';

let loaded: ComponentType | undefined;
let loading: Promise<ComponentType> | undefined;

/**
 * The unlock screen's code is not part of the first screen's: it loads only once the journal
 * turns out to be locked (vaultRepo reads that from the key row, before it says so) or a lock is
 * set while it is open (useAutoLock). The service worker keeps it for offline use.
 */
export function loadUnlockScreen(): Promise<ComponentType> {
  loading ??= import('./UnlockScreen').then(
    (module) => (loaded = module.UnlockScreen),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The unlock screen, if its code is here. */
export function loadedUnlockScreen(): ComponentType | undefined {
  return loaded;
}
