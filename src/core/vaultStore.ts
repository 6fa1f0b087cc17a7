import { create } from 'zustand';

export type VaultState =
  { status: 'starting' } | { status: 'open'; key: CryptoKey } | { status: 'locked' };

/** The session key lives here and only here, in memory; it is dropped when the journal locks. */
export const useVaultStore = create<VaultState>(() => ({ status: 'starting' }));

export class LockedError extends Error {
  constructor() {
    super('The journal is locked.');
    this.name = 'LockedError';
  }
}

export function currentKey(): CryptoKey {
  const state = useVaultStore.getState();
  if (state.status !== 'open') throw new LockedError();
  return state.key;
}
