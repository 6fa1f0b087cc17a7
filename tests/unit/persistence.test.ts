import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSetting } from '../../src/core/settingsRepo';
import {
  PERSISTENCE_KEY,
  requestPersistenceOnce,
  resetPersistenceRequest,
} from '../../src/core/persistence';
import { freshVault } from '../helpers/freshVault';

describe('asking for persistent storage', () => {
  beforeEach(async () => {
    resetPersistenceRequest();
    await freshVault();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks once and remembers the answer', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist } });
    await requestPersistenceOnce(1000);
    await requestPersistenceOnce(2000);
    resetPersistenceRequest();
    await requestPersistenceOnce(3000);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await getSetting(PERSISTENCE_KEY)).toEqual({ askedAt: 1000, persisted: true });
  });

  it('records a refusal, or a browser that cannot ask, as best-effort storage', async () => {
    vi.stubGlobal('navigator', {});
    await requestPersistenceOnce(1000);
    expect(await getSetting(PERSISTENCE_KEY)).toEqual({ askedAt: 1000, persisted: false });
  });
});
