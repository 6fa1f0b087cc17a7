import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import type { KeyRow } from '../../src/db/types';
import { getEntry, listEntries, saveEntry } from '../../src/features/journal/journalRepo';
import { allOpenedEntries } from '../../src/core/openedEntries';
import {
  changePassphrase,
  LockInputError,
  removeLock,
  setLock,
  unlock,
} from '../../src/features/vault/lockRepo';
import {
  exportDataKey,
  generateDataKey,
  generateWrappingKey,
  importDataKey,
  open,
  seal,
  SealError,
  wrapDataKey,
} from '../../src/core/crypto';
import { isLockSet, openLockedRow } from '../../src/features/vault/keyRepo';
import { sweepStragglers } from '../../src/features/vault/keyRotationRepo';
import { lockJournal } from '../../src/features/vault/lockSession';
import {
  deriveKek,
  KDF_ITERATIONS,
  WrongPassphraseError,
} from '../../src/features/vault/passphrase';
import { readAttempts, TooSoonError } from '../../src/features/vault/unlockAttempts';
import { startVault } from '../../src/features/vault/vaultRepo';
import { currentKey, useVaultStore } from '../../src/core/vaultStore';
import { freshVault } from '../helpers/freshVault';

const PASS = 'quiet river at dawn';
const QUICK = { iterations: 1000 };

/** Closes and reopens the database as a reload does, starting the vault from disk. */
async function restart() {
  useVaultStore.setState({ status: 'starting' }, true);
  db.close();
  await db.open();
  return startVault();
}

type DataRow = Extract<KeyRow, { id: 'data' }>;
type BytesRow = Extract<KeyRow, { id: 'bytes' }>;

async function dataRow() {
  return (await db.keys.get('data')) as DataRow;
}

async function bytesRow() {
  return (await db.keys.get('bytes')) as BytesRow;
}

/** The data key as a copy of the files would hold it while no lock is set. */
async function plainKeyBytes(): Promise<ArrayBuffer> {
  expect((await dataRow()).form).toBe('plain');
  return (await bytesRow()).blob.arrayBuffer();
}

/** How many of the stored entries a given raw data key opens. */
async function opensWith(raw: ArrayBuffer): Promise<number> {
  const key = await importDataKey(raw);
  let opened = 0;
  for (const row of await db.entries.toArray()) {
    try {
      await open(key, 'entries', row.id, row.sealed);
      opened += 1;
    } catch (error) {
      if (!(error instanceof SealError)) throw error;
    }
  }
  return opened;
}

async function writeSome(count: number) {
  for (let i = 0; i < count; i += 1) await saveEntry({ id: `e${i}`, body: `words number ${i}` });
}

describe('setting a lock', () => {
  beforeEach(freshVault);

  it('seals everything again under a new key: the key from before the lock opens nothing', async () => {
    await writeSome(3);
    const oldKey = await plainKeyBytes();
    expect(await opensWith(oldKey)).toBe(3);
    await setLock(PASS, PASS);
    const row = await dataRow();
    expect(row.form).toBe('passphrase');
    expect(row.form === 'passphrase' && row.kdf).toMatchObject({
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: KDF_ITERATIONS,
    });
    // One key, and nothing of it opens without the passphrase.
    expect((await db.keys.toArray()).map((r) => r.id).sort()).toEqual(['bytes', 'data']);
    expect((await bytesRow()).keyId).toBe(row.keyId);
    expect(await opensWith(oldKey)).toBe(0);
    expect(await isLockSet()).toBe(true);
    // The session goes on under the new key, in this tab, without a passphrase typed again.
    expect((await getEntry('e1'))?.body).toBe('words number 1');

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
    expect((await dataRow()).form).toBe('plain');
  });

  it('uses a new salt for every lock', async () => {
    await setLock(PASS, PASS, QUICK);
    const first = await dataRow();
    await changePassphrase(PASS, PASS, PASS, Date.now(), QUICK);
    const second = await dataRow();
    if (first.form !== 'passphrase' || second.form !== 'passphrase') throw new Error();
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
    const row = await bytesRow();
    const bytes = new Uint8Array(await row.blob.arrayBuffer());
    bytes[20] = (bytes[20] ?? 0) ^ 0x01;
    await db.keys.put({ ...row, blob: new Blob([bytes]) });
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
    // What a copy of the files taken before the change holds: the old wrapped key and its salt.
    const old = await dataRow();
    if (old.form !== 'passphrase') throw new Error('expected a lock');
    const oldKey = await openLockedRow(old, await deriveKek(PASS, old.kdf), true);
    await changePassphrase(
      PASS,
      'a brand new passphrase',
      'a brand new passphrase',
      Date.now(),
      QUICK,
    );
    await saveEntry({ id: 'after', body: 'written after the change' });
    // The old passphrase still opens that old copy, but the key in it opens no record now.
    expect(await opensWith(await exportDataKey(oldKey))).toBe(0);
    await restart();
    await expect(unlock(PASS)).rejects.toThrow(WrongPassphraseError);
    await unlock('a brand new passphrase');
    const bodies = (await listEntries()).map((e) => e.body);
    expect(bodies).toHaveLength(21);
    expect(bodies).toContain('words number 19');
    expect(bodies).toContain('written after the change');
  });

  it('will not change or remove the lock with a wrong passphrase', async () => {
    const row = await dataRow();
    await expect(changePassphrase('not it at all', 'x'.repeat(10), 'x'.repeat(10))).rejects.toThrow(
      WrongPassphraseError,
    );
    await expect(removeLock('not it at all')).rejects.toThrow(WrongPassphraseError);
    expect(await dataRow()).toEqual(row);
  });

  it('stores the key without a passphrase when removed, so the journal opens without one', async () => {
    await removeLock(PASS);
    expect((await dataRow()).form).toBe('plain');
    expect(await isLockSet()).toBe(false);
    expect(await restart()).toBe('open');
    expect((await listEntries()).map((e) => e.body)).toContain('words number 7');
  });
});

describe('a new data key and a save that was still on its way', () => {
  beforeEach(freshVault);

  it('seals again a record another tab wrote with the old key just after the change', async () => {
    await writeSome(2);
    const oldKey = await importDataKey(await plainKeyBytes());
    await setLock(PASS, PASS, QUICK);
    const newKey = currentKey();
    // Another tab that still held the old key finishes its save now.
    const row = (await db.entries.get('e0'))!;
    const late = { id: 'e0', body: 'typed in the other tab', step: 0, tags: [], mood: null };
    await db.entries.put({
      ...row,
      updated: Date.now(),
      sealed: await seal(oldKey, 'entries', 'e0', late),
    });
    await expect(
      open(newKey, 'entries', 'e0', (await db.entries.get('e0'))!.sealed),
    ).rejects.toThrow(SealError);
    expect(await sweepStragglers(oldKey, newKey, Date.now() - 60_000)).toBe(1);
    expect(await open(newKey, 'entries', 'e0', (await db.entries.get('e0'))!.sealed)).toEqual(late);
    // Nothing left to do the second time.
    expect(await sweepStragglers(oldKey, newKey, Date.now() - 60_000)).toBe(0);
  });

  it('leaves a record that was damaged before as it was, and moves the rest', async () => {
    await writeSome(3);
    const row = (await db.entries.get('e1'))!;
    const data = new Uint8Array(row.sealed.data.slice(0));
    data[0] = (data[0] ?? 0) ^ 0xff;
    await db.entries.put({ ...row, sealed: { ...row.sealed, data: data.buffer } });
    await setLock(PASS, PASS, QUICK);
    expect(await getEntry('e1')).toMatchObject({ unreadable: true });
    expect((await getEntry('e2'))?.body).toBe('words number 2');
  });
});

describe('a journal whose keys were written before they moved into Blobs', () => {
  beforeEach(async () => {
    await freshVault();
    useVaultStore.setState({ status: 'starting' }, true);
    await db.keys.clear();
    // Such a journal is older than the id secret too (src/core/documentIdsRepo.ts).
    await db.idKeys.clear();
  });

  it('moves every record to a new key at start-up and keeps no device key', async () => {
    const device = await generateWrappingKey();
    const dataKey = await generateDataKey(true);
    const { iv, wrapped } = await wrapDataKey(dataKey, device);
    await db.keys.bulkPut([
      { id: 'device', key: device },
      { id: 'data', wrappedBy: 'device', iv, wrapped },
    ]);
    useVaultStore.setState({ status: 'open', key: dataKey }, true);
    await writeSome(3);
    useVaultStore.setState({ status: 'starting' }, true);

    expect(await restart()).toBe('open');
    expect((await listEntries()).map((e) => e.body).sort()).toEqual([
      'words number 0',
      'words number 1',
      'words number 2',
    ]);
    const rows = await db.keys.toArray();
    expect(rows.map((r) => r.id).sort()).toEqual(['bytes', 'data']);
    expect(await opensWith(await exportDataKey(dataKey))).toBe(0);
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
