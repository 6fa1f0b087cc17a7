import Dexie, { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, DB_NAME } from '../../src/db/db';
import { DOCUMENT_IDS, DOCUMENT_PREFIXES } from '../../src/db/sealedShapes';
import type { SealedRecord } from '../../src/db/types';
import { loadDocumentIds } from '../../src/core/documentIdsRepo';
import { currentKey, useVaultStore } from '../../src/core/vaultStore';
import { getSafetyPlan, saveSafetyPlan } from '../../src/features/safety/safetyPlanRepo';
import {
  getLetterToMyself,
  listLettersToMyself,
  saveLetterToMyself,
} from '../../src/features/inventory/letterToMyselfRepo';
import {
  addCheckin,
  addCommitment,
  listCheckins,
  listCommitments,
  removeCommitment,
} from '../../src/features/amends/selfAmendsRepo';
import { changePassphrase, removeLock, setLock, unlock } from '../../src/features/vault/lockRepo';
import { lockJournal } from '../../src/features/vault/lockSession';
import { startVault } from '../../src/features/vault/vaultRepo';
import { readJournal } from '../../src/features/backup/backupRepo';
import { freshVault } from '../helpers/freshVault';

const PASS = 'quiet river at dawn';
const NEXT = 'seven blue herons at dusk';
const QUICK = { iterations: 1000 };
const LETTER = `letter-to-myself:${crypto.randomUUID()}`;
const CLEAR_NAMES = [
  ...Object.values(DOCUMENT_IDS),
  ...Object.values(DOCUMENT_PREFIXES).map((prefix) => prefix.slice(0, -1)),
];

const PLAN = {
  warningSigns: 'Skipping breakfast',
  aloneThings: 'A walk by the canal',
  peoplePlaces: '',
  askForHelp: '',
  professionals: '',
  saferSurroundings: '',
  reasons: 'My sister',
};

/** The `documents` table as IndexedDB holds it, read past Stepwork's own connection (and so
 * past its middleware), as a copy of the files would show it. */
async function storedRows(): Promise<SealedRecord[]> {
  const raw = new Dexie(DB_NAME);
  await raw.open();
  try {
    return (await raw.table('documents').toArray()) as SealedRecord[];
  } finally {
    raw.close();
  }
}

async function storedIds(): Promise<string[]> {
  return (await storedRows()).map((row) => row.id).sort();
}

/** Writes rows straight into IndexedDB, as an older Stepwork left them. */
async function writeStored(rows: SealedRecord[], remove: string[]): Promise<void> {
  const raw = new Dexie(DB_NAME);
  await raw.open();
  try {
    await raw.transaction('rw', ['documents', 'idKeys'], async () => {
      await raw.table('documents').bulkDelete(remove);
      await raw.table('documents').bulkPut(rows);
      await raw.table('idKeys').clear();
    });
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

async function writeEveryKind() {
  await saveSafetyPlan(PLAN);
  await saveLetterToMyself({ id: LETTER, body: 'Dear me, the coat still fits' });
  const commitment = await addCommitment({ area: 'rest', promise: 'In bed by eleven' });
  await addCheckin({ commitmentId: commitment, how: 'kept' });
  return commitment;
}

async function readEveryKind(commitment: string) {
  expect((await getSafetyPlan()).plan).toEqual(PLAN);
  expect((await getLetterToMyself(LETTER))?.body).toBe('Dear me, the coat still fits');
  expect((await listLettersToMyself()).map((letter) => letter.id)).toEqual([LETTER]);
  expect((await listCommitments()).map((c) => [c.id, c.promise])).toEqual([
    [commitment, 'In bed by eleven'],
  ]);
  expect((await listCheckins(commitment)).map((c) => c.how)).toEqual(['kept']);
}

function expectOpaque(ids: string[]) {
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    for (const name of CLEAR_NAMES) expect(id, `stored id ${id}`).not.toContain(name);
  }
}

beforeEach(freshVault);

describe('opaque document ids', () => {
  it('stores no document under a readable id, and every reader finds its documents', async () => {
    const commitment = await writeEveryKind();
    const ids = await storedIds();
    expect(ids).toHaveLength(4);
    expectOpaque(ids);
    // A prefixed kind keeps its random tail: the same kind shares one opaque head.
    expect(ids.some((id) => id.endsWith(LETTER.split(':')[1]!))).toBe(true);
    await readEveryKind(commitment);
    // The ids a feature knows are what every read hands back (and what a backup carries).
    const { journal } = await readJournal();
    const backedUp = journal.documents.map((row) => row.id);
    expect(backedUp).toHaveLength(4);
    expect(backedUp).toEqual(
      expect.arrayContaining([
        LETTER,
        'safety-plan',
        commitment,
        expect.stringMatching(/^self-care-log:/),
      ]),
    );
  });

  it('answers every way Dexie reads a table with the ids a feature knows', async () => {
    const commitment = await writeEveryKind();
    const care = db.documents.where('id').startsWith('self-care:');
    // A cursor (what a filter makes Dexie use), primary keys, an index on another field.
    expect((await care.filter(() => true).toArray()).map((row) => row.id)).toEqual([commitment]);
    expect(await care.primaryKeys()).toEqual([commitment]);
    expect(await care.count()).toBe(1);
    const byUpdated = await db.documents.orderBy('updated').primaryKeys();
    expect(byUpdated).toHaveLength(4);
    expect(byUpdated).toContain('safety-plan');
    expect(
      (await db.documents.bulkGet(['safety-plan', LETTER, 'nothing'])).map((r) => r?.id),
    ).toEqual(['safety-plan', LETTER, undefined]);
    // A range across kinds has no meaning once ids are opaque: refused, never half answered.
    await expect(db.documents.where('id').between('a', 'z').toArray()).rejects.toThrow(
      'Documents are read by id, by kind of id, or all at once.',
    );
  });

  it('deletes by the id a feature knows', async () => {
    const commitment = await writeEveryKind();
    await removeCommitment(commitment);
    expect(await listCommitments()).toEqual([]);
    expect(await storedIds()).toHaveLength(2);
  });

  it('each journal has its own secret: the same document gets another id elsewhere', async () => {
    await saveSafetyPlan(PLAN);
    const [first] = await storedIds();
    await freshVault();
    await saveSafetyPlan(PLAN);
    const [second] = await storedIds();
    expect(first).not.toBe(second);
  });

  it('wakes a live query on a write, as before', async () => {
    const seen: (string | undefined)[] = [];
    const subscription = liveQuery(() => db.documents.get('safety-plan')).subscribe((row) =>
      seen.push(row?.id),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await saveSafetyPlan(PLAN);
    await new Promise((resolve) => setTimeout(resolve, 100));
    subscription.unsubscribe();
    expect(seen).toEqual([undefined, 'safety-plan']);
  });

  it('keeps every document readable, under the same ids, through a lock, a new passphrase and its removal', async () => {
    const commitment = await writeEveryKind();
    const before = await storedIds();
    await setLock(PASS, PASS, QUICK);
    await readEveryKind(commitment);
    await changePassphrase(PASS, NEXT, NEXT, Date.now(), QUICK);
    await readEveryKind(commitment);
    expect(await storedIds()).toEqual(before);

    expect(await restart()).toBe('locked');
    await expect(unlock(PASS)).rejects.toThrow();
    await unlock(NEXT);
    await readEveryKind(commitment);
    await removeLock(NEXT);
    expect(await restart()).toBe('open');
    await readEveryKind(commitment);
    expect(await storedIds()).toEqual(before);
  });

  it('reads and writes no document while locked, and forgets the map with the key', async () => {
    await writeEveryKind();
    await setLock(PASS, PASS, QUICK);
    expect(await lockJournal()).toBe(true);
    await expect(db.documents.get('safety-plan')).rejects.toMatchObject({ name: 'LockedError' });
    await expect(db.documents.toArray()).rejects.toMatchObject({ name: 'LockedError' });
    await expect(db.documents.where('id').startsWith('self-care:').count()).rejects.toMatchObject({
      name: 'LockedError',
    });
    // How many there are is no more than a copy of the files shows (a storage view may ask).
    expect(await db.documents.count()).toBe(4);
    await expect(
      db.documents.put({
        id: 'safety-plan',
        created: 1,
        updated: 1,
        sealed: { iv: new Uint8Array(12), data: new ArrayBuffer(16) },
      }),
    ).rejects.toMatchObject({ name: 'LockedError' });
    await unlock(PASS);
    expect((await getSafetyPlan()).plan).toEqual(PLAN);
  });
});

describe('a journal from before opaque ids', () => {
  /** Puts every document back under its readable id and forgets the secret, as version 1 left
   * a journal. The sealed words are untouched: they were always bound to the readable id. */
  async function makeItOld() {
    const logical = await db.documents.toArray();
    const stored = await storedIds();
    await writeStored(logical, stored);
    expect((await storedIds()).sort()).toEqual(logical.map((row) => row.id).sort());
  }

  it('renames its documents once, when the key is there, and reads them all after', async () => {
    const commitment = await writeEveryKind();
    await makeItOld();
    expect(await restart()).toBe('open');
    const renamed = await storedIds();
    expectOpaque(renamed);
    await readEveryKind(commitment);
    // A second start finds nothing to do.
    expect(await restart()).toBe('open');
    expect(await storedIds()).toEqual(renamed);
  });

  it('renames a document found under its readable id though the secret is kept', async () => {
    const commitment = await writeEveryKind();
    const renamed = await storedIds();
    // The safety plan back under its readable id, the secret left in place (no version writes
    // this; a start must still find it).
    const plan = await db.documents.get('safety-plan');
    const raw = new Dexie(DB_NAME);
    await raw.open();
    try {
      const rows = (await raw.table('documents').toArray()) as SealedRecord[];
      const stored = rows.find((row) => String(row.sealed.iv) === String(plan?.sealed.iv));
      if (!stored) throw new Error('The safety plan is not stored.');
      await raw.transaction('rw', ['documents'], async () => {
        await raw.table('documents').delete(stored.id);
        await raw.table('documents').put({ ...stored, id: 'safety-plan' });
      });
    } finally {
      raw.close();
    }
    expect(await storedIds()).toContain('safety-plan');
    expect(await restart()).toBe('open');
    expect(await storedIds()).toEqual(renamed);
    await readEveryKind(commitment);
  });

  it('renames a locked journal at unlock, not before', async () => {
    const commitment = await writeEveryKind();
    await setLock(PASS, PASS, QUICK);
    await makeItOld();
    expect(await restart()).toBe('locked');
    expect(await storedIds()).toContain('safety-plan');
    await unlock(PASS);
    expectOpaque(await storedIds());
    await readEveryKind(commitment);
  });

  it('two tabs opening it at once agree on one secret', async () => {
    const commitment = await writeEveryKind();
    await makeItOld();
    const key = currentKey();
    await Promise.all([loadDocumentIds(key), loadDocumentIds(key), loadDocumentIds(key)]);
    expect(await db.idKeys.count()).toBe(1);
    expectOpaque(await storedIds());
    await readEveryKind(commitment);
  });
});
