import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { saveEntry, getEntry } from '../../src/features/journal/journalRepo';
import { setLock } from '../../src/features/vault/lockRepo';
import { startVault } from '../../src/features/vault/vaultRepo';
import { currentKey, useVaultStore } from '../../src/core/vaultStore';
import { freshVault } from '../helpers/freshVault';

describe('the vault', () => {
  beforeEach(freshVault);

  it('keeps the data key in a Blob of its own, and the session key cannot be exported', async () => {
    const data = await db.keys.get('data');
    const bytes = await db.keys.get('bytes');
    expect(data && 'form' in data && data.form).toBe('plain');
    expect(bytes && 'blob' in bytes && bytes.blob.size).toBe(32);
    expect(bytes && 'keyId' in bytes && data && 'keyId' in data && bytes.keyId === data.keyId).toBe(
      true,
    );
    expect(currentKey().extractable).toBe(false);
  });

  it('opens with the same data key after a restart, so old records still open', async () => {
    await saveEntry({ id: 'e1', body: 'still here after a restart' });
    useVaultStore.setState({ status: 'starting' }, true);
    db.close();
    await db.open();
    await startVault();
    expect((await getEntry('e1'))?.body).toBe('still here after a restart');
  });

  it('stays locked when the data key is wrapped by a passphrase', async () => {
    await setLock('a passphrase of mine', 'a passphrase of mine', { iterations: 1000 });
    useVaultStore.setState({ status: 'starting' }, true);
    expect(await startVault()).toBe('locked');
    await expect(getEntry('anything')).resolves.toBeUndefined();
    await db.entries.put({
      id: 'x',
      created: 1,
      updated: 1,
      day: '2026-01-01',
      step: 0,
      sealed: { iv: new Uint8Array(12), data: new ArrayBuffer(16) },
    });
    await expect(getEntry('x')).rejects.toThrow('locked');
  });
});
