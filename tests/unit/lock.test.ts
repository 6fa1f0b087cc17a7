import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import type { KeyRow } from '../../src/db/types';
import { getEntry, listEntries, saveEntry } from '../../src/features/journal/journalRepo';
import { allOpenedEntries } from '../../src/features/journal/openedEntries';
import {
  changePassphrase,
  isLockSet,
  LockInputError,
  removeLock,
  setLock,
  unlock,
} from '../../src/features/vault/lockRepo';
import { lockJournal } from '../../src/features/vault/lockSession';
import { KDF_ITERATIONS, WrongPassphraseError } from '../../src/features/vault/passphrase';
import { readAttempts, TooSoonError } from '../../src/features/vault/unlockAttempts';
import { startVault } from '../../src/features/vault/vaultRepo';
import { useVaultStore } from '../../src/features/vault/vaultStore';
import { freshVault } from '../helpers/freshVault';

const PASS = 'quiet river at dawn';
const QUICK = { iterations: 1000 };

/** Closes and reopens the database as a reload does, starting the vault from disk. */
async function restart() {
  useVaultStore.setState({ status: 'starting' }, true);
  db.close();
  await db.open();
  return startVault(db);
}

async function dataRow() {
  const row = (await db.keys.get('data')) as Extract<KeyRow, { id: 'data' }>;
  return row;
}

async function writeSome(count: number) {
  for (let i = 0; i < count; i += 1) await saveEntry({ id: `e${i}`, body: `words number ${i}` });
}

describe('setting a lock', () => {
  beforeEach(freshVault);

  it('re-wraps the same data key: records written before stay byte for byte the same', async () => {
    await writeSome(3);
    const before = await db.entries.toArray();
    const oldRow = await dataRow();
    await setLock(PASS, PASS);
    const row = await dataRow();
    expect(row.wrappedBy).toBe('passphrase');
    expect(row.wrappedBy === 'passphrase' && row.kdf).toMatchObject({
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: KDF_ITERATIONS,
    });
    expect(Buffer.from(row.wrapped).equals(Buffer.from(oldRow.wrapped))).toBe(false);
    // Only the passphrase opens it now: the device key is gone.
    expect(await db.keys.get('device')).toBeUndefined();
    expect(await db.entries.toArray()).toEqual(before);
    expect(await isLockSet()).toBe(true);

    expect(await restart()).toBe('locked');
    await unlock(PASS);
    expect((await listEntries()).map((e) => e.body).sort()).toEqual([
      'words number 0',
      'words number 1',
      'words number 2',
    ]);
  });

  it('refuses a short passphrase or two that differ, and changes nothing', async () => {
    await expect(setLock('short', 'short')).rejects.toThrow(LockInputError);
    await expect(setLock(PASS, `${PASS}!`)).rejects.toThrow('not the same');
    expect((await dataRow()).wrappedBy).toBe('device');
    expect(await db.keys.get('device')).toBeDefined();
  });

  it('uses a new salt for every lock', async () => {
    await setLock(PASS, PASS, QUICK);
    const first = await dataRow();
    await changePassphrase(PASS, PASS, PASS, Date.now(), QUICK);
    const second = await dataRow();
    if (first.wrappedBy !== 'passphrase' || second.wrappedBy !== 'passphrase') throw new Error();
    expect(Buffer.from(first.kdf.salt).equals(Buffer.from(second.kdf.salt))).toBe(false);
  });
});

describe('unlocking', () => {
  beforeEach(async () => {
    await freshVault();
    await saveEntry({ id: 'secret', body: 'the thing I never told anyone' });
    await setLock(PASS, PASS, QUICK);
    await restart();
  });

  it('reveals nothing with a wrong passphrase', async () => {
    await expect(unlock('quiet river at dusk')).rejects.toThrow(WrongPassphraseError);
    expect(useVaultStore.getState()).toEqual({ status: 'locked' });
    await expect(getEntry('secret')).rejects.toThrow('locked');
    expect([...allOpenedEntries()]).toEqual([]);
    await unlock(PASS);
    expect((await getEntry('secret'))?.body).toBe('the thing I never told anyone');
  });

  it('makes a person wait longer after repeated wrong tries, and remembers it over a reload', async () => {
    const now = 1_000_000;
    for (let i = 0; i < 3; i += 1) {
      await expect(unlock('wrong guess here', now + i)).rejects.toThrow(WrongPassphraseError);
    }
    // Three free tries used: the fourth must wait, even with the right passphrase.
    await expect(unlock(PASS, now + 1000)).rejects.toBeInstanceOf(TooSoonError);
    await restart();
    const early = await unlock(PASS, now + 4000).catch((error: unknown) => error);
    expect(early).toBeInstanceOf(TooSoonError);
    expect((early as TooSoonError).retryAt).toBe(now + 2 + 5000);
    await expect(unlock('wrong again', now + 5002)).rejects.toThrow(WrongPassphraseError);
    // The next wait is twice as long.
    await expect(unlock(PASS, now + 5002 + 9000)).rejects.toBeInstanceOf(TooSoonError);
    await unlock(PASS, now + 5002 + 10_000);
    expect(useVaultStore.getState().status).toBe('open');
    expect(await readAttempts()).toEqual({ failures: 0, lastFailureAt: 0 });
  });

  it('refuses a tampered wrapped key cleanly, as a passphrase that does not open', async () => {
    const row = await dataRow();
    const bytes = new Uint8Array(row.wrapped.slice(0));
    bytes[5] = (bytes[5] ?? 0) ^ 0x01;
    await db.keys.put({ ...row, wrapped: bytes.buffer });
    await expect(unlock(PASS)).rejects.toThrow(WrongPassphraseError);
    expect(useVaultStore.getState().status).toBe('locked');
  });

  it('shows a tampered record as unreadable and opens the rest', async () => {
    await unlock(PASS);
    await saveEntry({ id: 'other', body: 'still fine' });
    const row = await db.entries.get('secret');
    if (!row) throw new Error('missing');
    const data = new Uint8Array(row.sealed.data.slice(0));
    data[0] = (data[0] ?? 0) ^ 0xff;
    await db.entries.put({
      ...row,
      updated: row.updated + 1,
      sealed: { ...row.sealed, data: data.buffer },
    });
    await lockJournal();
    await unlock(PASS);
    expect(await getEntry('secret')).toMatchObject({ unreadable: true, body: '' });
    expect((await getEntry('other'))?.body).toBe('still fine');
  });
});

describe('changing and removing the passphrase', () => {
  beforeEach(async () => {
    await freshVault();
    await writeSome(20);
    await setLock(PASS, PASS, QUICK);
  });

  it('keeps every record readable after a change, with only the new passphrase', async () => {
    const before = await db.entries.toArray();
    await changePassphrase(
      PASS,
      'a brand new passphrase',
      'a brand new passphrase',
      Date.now(),
      QUICK,
    );
    expect(await db.entries.toArray()).toEqual(before);
    await restart();
    await expect(unlock(PASS)).rejects.toThrow(WrongPassphraseError);
    await unlock('a brand new passphrase');
    const bodies = (await listEntries()).map((e) => e.body);
    expect(bodies).toHaveLength(20);
    expect(bodies).toContain('words number 19');
  });

  it('will not change or remove the lock with a wrong passphrase', async () => {
    const row = await dataRow();
    await expect(changePassphrase('not it at all', 'x'.repeat(10), 'x'.repeat(10))).rejects.toThrow(
      WrongPassphraseError,
    );
    await expect(removeLock('not it at all')).rejects.toThrow(WrongPassphraseError);
    expect(await dataRow()).toEqual(row);
  });

  it('returns to a device key when removed, so the journal opens without a passphrase', async () => {
    await removeLock(PASS);
    expect((await dataRow()).wrappedBy).toBe('device');
    expect(await isLockSet()).toBe(false);
    expect(await restart()).toBe('open');
    expect((await listEntries()).map((e) => e.body)).toContain('words number 7');
  });
});

describe('locking the session', () => {
  beforeEach(freshVault);

  it('does nothing without a lock set', async () => {
    expect(await lockJournal()).toBe(false);
    expect(useVaultStore.getState().status).toBe('open');
  });

  it('drops the key and every opened entry', async () => {
    await saveEntry({ id: 'a', body: 'opened words' });
    await setLock(PASS, PASS, QUICK);
    await getEntry('a');
    expect([...allOpenedEntries()]).toHaveLength(1);
    expect(await lockJournal()).toBe(true);
    expect(useVaultStore.getState()).toEqual({ status: 'locked' });
    expect([...allOpenedEntries()]).toEqual([]);
    await expect(saveEntry({ id: 'b', body: 'cannot be sealed now' })).rejects.toThrow('locked');
  });
});
