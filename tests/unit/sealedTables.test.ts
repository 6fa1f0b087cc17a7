import { beforeEach, describe, expect, it } from 'vitest';
import { db, SEALED_TABLES, StepworkDB, type SealedTableName } from '../../src/db/db';
import { deletingForGood } from '../../src/db/deletedRecords';
import { DeletedElsewhereError } from '../../src/lib/errors';
import { checkSealedShape, DOCUMENT_SHAPES, documentKind } from '../../src/db/sealedSchemas';
import { DOCUMENT_IDS } from '../../src/db/sealedShapes';
import type { SealedRecord } from '../../src/db/types';
import { LockedError } from '../../src/core/vaultStore';
import {
  BusyError,
  sealedTable,
  wordsInMemory,
  type Change,
  type Current,
} from '../../src/core/sealedStore';
import { setLock } from '../../src/features/vault/lockRepo';
import { lockJournal } from '../../src/features/vault/lockSession';
import { freshVault } from '../helpers/freshVault';
import { sealUnchecked } from '../helpers/journalRecords';
import { wellShapedJournal } from '../helpers/wellShapedJournal';

// Every sealed table, and every kind of document, through the one module every repository is
// built on (src/core/sealedStore.ts). Each safeguard of the module has a test here that fails
// without it: the IV check, the damaged-record isolation, the refusal to write over a damaged
// record, the busy refusal, the deletion guard and the wipe of opened words on lock.

type Words = Record<string, unknown>;
interface Case {
  name: string;
  table: SealedTableName;
  id: string;
  clear: Omit<SealedRecord, 'sealed'> & Words;
  words: Words;
}

const journal = wellShapedJournal();
// The trends digest is derived from the inventories, so no backup carries it.
journal.documents!.push({
  id: DOCUMENT_IDS.trendDigest,
  created: 1,
  updated: 1,
  fields: { watermark: 1, items: { i1: ['2026-01-10', [['grief', 7]]] } },
});
const cases: Case[] = SEALED_TABLES.flatMap((table) =>
  (journal[table] ?? []).map(({ fields, ...clear }) => ({
    name: table === 'documents' ? `documents: ${documentKind(clear.id)}` : table,
    table,
    id: clear.id,
    clear: clear as Case['clear'],
    words: fields as Words,
  })),
);

/** Ids made from what they are for (a step, a day, a fixed document, an exercise's worksheet):
 * such a record is emptied, never deleted for good (src/db/deletedRecords.ts). */
const idComesBack = (c: Case) =>
  ['stepProgress', 'checkins', 'goalLogs'].includes(c.table) ||
  (c.table === 'documents' &&
    ((Object.values(DOCUMENT_IDS) as string[]).includes(c.id) || c.id.startsWith('worksheet:')));

const storeFor = (c: Case) =>
  sealedTable<SealedRecord & Words, Words>(c.table, { empty: () => ({}), cache: true });

/** A field of these words set to a value of the wrong type, as a hand-made backup could hold. */
function oddlyShaped(c: Case): Words {
  for (const key of Object.keys(c.words)) {
    for (const odd of [42, 'text', [7], { odd: true }, true]) {
      const words = { ...c.words, [key]: odd };
      if (!checkSealedShape(c.table, c.id, words).ok) return words;
    }
  }
  throw new Error(`No field of ${c.name} can be made oddly shaped`);
}

const write = (c: Case, words: Words) => storeFor(c).save(c.id, words, () => c.clear);
const stored = (c: Case) =>
  db.table(c.table).get(c.id) as Promise<(SealedRecord & Words) | undefined>;
const notFixed = { damaged: () => new Error('left as it is') };

describe('every sealed table and kind of document', () => {
  beforeEach(freshVault);

  it('covers every table and every kind of document', () => {
    expect(new Set(cases.map((c) => c.table))).toEqual(new Set(SEALED_TABLES));
    const kinds = cases.filter((c) => c.table === 'documents').map((c) => documentKind(c.id));
    expect(new Set(kinds)).toEqual(new Set(Object.keys(DOCUMENT_SHAPES)));
  });

  it('keeps no opened words in memory once the journal locks', async () => {
    for (const c of cases) await write(c, c.words);
    const stores = cases.map((c) => [c, storeFor(c)] as const);
    for (const [c, store] of stores) await store.get(c.id);
    expect(wordsInMemory()).toBeGreaterThanOrEqual(cases.length);
    await setLock('quiet river at dawn', 'quiet river at dawn', { iterations: 1000 });
    // Setting the lock sealed every record again; open them once more under the new key.
    for (const [c, store] of stores)
      expect(await store.get(c.id)).toEqual({ ...c.words, ...c.clear });
    expect(await lockJournal()).toBe(true);
    expect(wordsInMemory()).toBe(0);
    // Documents are refused by the id middleware's own error of the same name (db/documentIds.ts).
    for (const [c, store] of stores) {
      await expect(store.get(c.id)).rejects.toMatchObject({ name: LockedError.name });
    }
  });

  for (const c of cases) {
    describe(c.name, () => {
      it('opens exactly what was written, words beside the clear fields', async () => {
        const store = storeFor(c);
        await write(c, c.words);
        expect(await store.get(c.id)).toEqual({ ...c.words, ...c.clear });
        const row = await stored(c);
        // The words are sealed: none of them is in the clear on disk.
        expect(Object.keys(row!).sort()).toEqual([...Object.keys(c.clear), 'sealed'].sort());
      });

      it('shows a damaged or oddly shaped record as unreadable, and the good one still reads', async () => {
        const store = storeFor(c);
        await write(c, c.words);
        const good = (await stored(c))!;
        const data = new Uint8Array(good.sealed.data.slice(0));
        data[0]! ^= 0xff;
        const broken = { ...good, sealed: { iv: good.sealed.iv, data: data.buffer } };
        const odd = { ...good, sealed: await sealUnchecked(c.table, c.id, oddlyShaped(c)) };
        const opened = await store.openMany([broken, good, odd]);
        expect(opened).toEqual([
          { ...c.clear, unreadable: true },
          { ...c.words, ...c.clear },
          { ...c.clear, unreadable: true },
        ]);

        // A change to a stored damaged record is refused, and the record is left exactly so.
        await db.table(c.table).put(odd);
        expect(await store.get(c.id)).toEqual({ ...c.clear, unreadable: true });
        await expect(
          store.update(
            c.id,
            (current) => ({ row: c.clear, fields: current?.fields ?? {} }),
            notFixed,
          ),
        ).rejects.toThrow('left as it is');
        expect((await stored(c))!.sealed).toEqual(odd.sealed);
      });

      it('a change that lost a race is made again on what the other writer left', async () => {
        const store = storeFor(c);
        await write(c, c.words);
        const seen: Words[] = [];
        const written = await store.update(
          c.id,
          async (current?: Current<SealedRecord & Words, Words>) => {
            seen.push(current!.fields);
            // Another tab writes between this read and this write, once.
            if (seen.length === 1) await write(c, { ...current!.fields, otherTab: 'kept' });
            return { row: c.clear, fields: { ...current!.fields, thisTab: 'kept' } };
          },
          notFixed,
        );
        expect(written).toBe(true);
        expect(seen).toHaveLength(2);
        expect(await store.get(c.id)).toEqual({
          ...c.words,
          otherTab: 'kept',
          thisTab: 'kept',
          ...c.clear,
        });
      });

      it('says it is busy rather than write over a record that keeps changing', async () => {
        const store = storeFor(c);
        await write(c, c.words);
        let other = 0;
        const change = async (current?: Current<SealedRecord & Words, Words>) => {
          other += 1;
          await write(c, { ...c.words, otherTab: String(other) });
          return { row: c.clear, fields: { ...current!.fields, thisTab: 'lost?' } } as Change<
            SealedRecord & Words,
            Words
          >;
        };
        await expect(store.update(c.id, change, notFixed)).rejects.toThrow(BusyError);
        expect(await store.get(c.id)).toEqual({
          ...c.words,
          otherTab: String(other),
          ...c.clear,
        });
      });

      if (idComesBack(c)) {
        it('is emptied, never deleted for good: its id is used again', async () => {
          const store = storeFor(c);
          await write(c, c.words);
          await expect(store.remove([c.id])).rejects.toThrow('never delete it');
          await write(c, { ...c.words, still: 'saved' });
          expect(await store.get(c.id)).toMatchObject({ still: 'saved' });
          expect(await db.deletions.count()).toBe(0);
        });
        return;
      }

      it('a record deleted for good stays deleted, whatever save arrives late', async () => {
        const store = storeFor(c);
        await write(c, c.words);
        const inFlight = write(c, { ...c.words, late: 'save' }).catch((error: unknown) => error);
        await store.remove([c.id]);
        // Written before the deletion (and deleted with it), or refused after it.
        const late = await inFlight;
        if (!(late instanceof DeletedElsewhereError)) expect(late).toEqual(c.clear);
        expect(await stored(c)).toBeUndefined();
        await expect(write(c, c.words)).rejects.toThrow(DeletedElsewhereError);
        await expect(
          store.update(c.id, () => ({ row: c.clear, fields: c.words }), notFixed),
        ).rejects.toThrow(DeletedElsewhereError);
        expect(await stored(c)).toBeUndefined();
      });

      it('deleted in another connection is not re-created by a save in flight', async () => {
        const store = storeFor(c);
        await write(c, c.words);
        // Another tab: its own connection to the same database, deleting through the same rule.
        const otherTab = new StepworkDB();
        await otherTab.open();
        const deleteThere = () =>
          deletingForGood(c.table, [c.id], () => otherTab.table(c.table).delete(c.id));
        try {
          // This tab read the record and is sealing a change when the other tab deletes it.
          let reads = 0;
          const change = store.update(
            c.id,
            async (current?: Current<SealedRecord & Words, Words>) => {
              reads += 1;
              if (current) await deleteThere();
              return { row: c.clear, fields: { ...c.words, late: 'change' } };
            },
            notFixed,
          );
          await expect(change).rejects.toThrow(DeletedElsewhereError);
          expect(reads).toBe(2);
          // An editor's autosave that was waiting in this tab: refused, and says so.
          await expect(write(c, { ...c.words, late: 'autosave' })).rejects.toThrow(
            DeletedElsewhereError,
          );
          expect(await stored(c)).toBeUndefined();
          expect(await otherTab.table(c.table).get(c.id)).toBeUndefined();
          // The mark holds the id alone (a document's as stored): no words, not even which
          // list it was on, and no date.
          const marks = await otherTab.deletions.toArray();
          expect(marks).toHaveLength(1);
          expect(Object.keys(marks[0]!)).toEqual(['id']);
          expect(JSON.stringify(marks)).not.toContain(c.table);
        } finally {
          otherTab.close();
        }
      });
    });
  }
});
