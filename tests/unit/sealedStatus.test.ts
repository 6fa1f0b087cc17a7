import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, DB_NAME } from '../../src/db/db';
import type { AmendsRow } from '../../src/db/types';
import { open, seal } from '../../src/core/crypto';
import { currentKey, useVaultStore } from '../../src/core/vaultStore';
import {
  getAmendsItem,
  listAmendsItems,
  saveAmendsItem,
} from '../../src/features/amends/amendsRepo';
import { exportBackup } from '../../src/features/backup/exportBackup';
import { applyImport, planImport } from '../../src/features/backup/importRepo';
import { parseBackupText } from '../../src/features/backup/parseBackup';
import { setLock, unlock } from '../../src/features/vault/lockRepo';
import { startVault } from '../../src/features/vault/vaultRepo';
import { freshVault } from '../helpers/freshVault';

const PASS = 'quiet river at dawn';
const QUICK = { iterations: 1000 };
const T = Date.UTC(2026, 0, 10, 12);

/** The amends rows as IndexedDB holds them, past Stepwork's own connection. */
async function storedAmends(): Promise<Record<string, unknown>[]> {
  const raw = new Dexie(DB_NAME);
  await raw.open();
  try {
    return (await raw.table('amends').toArray()) as Record<string, unknown>[];
  } finally {
    raw.close();
  }
}

async function restart() {
  useVaultStore.setState({ status: 'starting' }, true);
  db.close();
  await db.open();
  return startVault();
}

/** An item as version 1 kept it: the status in the clear, the words without it. */
async function writeOldItem(id: string, status: AmendsRow['status']) {
  const words = { person: 'Dana', whatHappened: 'Words said in anger', history: [] };
  const sealed = await seal(currentKey(), 'amends', id, words);
  await db.amends.put({ id, status, created: T, updated: T, sealed });
}

beforeEach(freshVault);

describe('an amends item’s status', () => {
  it('is sealed with the words, and reads back exactly', async () => {
    await saveAmendsItem({ id: 'a1', person: 'Dana', status: 'set-aside' }, T);
    const [row] = await storedAmends();
    expect(row).not.toHaveProperty('status');
    expect(
      await open(currentKey(), 'amends', 'a1', (row as unknown as AmendsRow).sealed),
    ).toMatchObject({ status: 'set-aside' });
    expect((await getAmendsItem('a1'))?.status).toBe('set-aside');
    await saveAmendsItem({ id: 'a1', person: 'Dana', status: 'planning' }, T + 1);
    expect((await getAmendsItem('a1'))?.status).toBe('planning');
  });

  it('moves out of the clear once, when a journal from before opens with its key', async () => {
    await writeOldItem('old-1', 'set-aside');
    await writeOldItem('old-2', 'made');
    expect((await storedAmends()).map((row) => row.status).sort()).toEqual(['made', 'set-aside']);
    expect(await restart()).toBe('open');
    for (const row of await storedAmends()) expect(row).not.toHaveProperty('status');
    expect(
      Object.fromEntries((await listAmendsItems()).map((item) => [item.id, item.status])),
    ).toEqual({ 'old-1': 'set-aside', 'old-2': 'made' });
  });

  it('moves out of the clear at unlock in a locked journal, not before', async () => {
    await setLock(PASS, PASS, QUICK);
    await writeOldItem('old-1', 'set-aside');
    expect(await restart()).toBe('locked');
    expect((await storedAmends())[0]).toHaveProperty('status', 'set-aside');
    await unlock(PASS);
    expect((await storedAmends())[0]).not.toHaveProperty('status');
    expect((await getAmendsItem('old-1'))?.status).toBe('set-aside');
  });

  it('shows in a backup beside the words, as before, and goes back into them on import', async () => {
    await saveAmendsItem({ id: 'a1', person: 'Dana', status: 'set-aside' }, T);
    const { text } = await exportBackup({});
    const file = parseBackupText(text);
    if (file.encrypted) throw new Error('expected a plain file');
    const [record] = file.document.journal.amends;
    expect(record).toMatchObject({ id: 'a1', status: 'set-aside' });
    expect(record?.fields).not.toHaveProperty('status');

    await freshVault();
    const plan = await planImport(file.document.journal);
    await applyImport(file.document.journal, 'replace', plan);
    expect((await storedAmends())[0]).not.toHaveProperty('status');
    expect((await getAmendsItem('a1'))?.status).toBe('set-aside');
    // The same file again: word for word what is here, nothing to add or choose.
    const again = await planImport(file.document.journal);
    expect(again.tables.amends).toMatchObject({ identical: 1, added: 0, conflicting: 0 });
  });
});
