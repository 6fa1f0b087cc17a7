import { beforeEach, describe, expect, it } from 'vitest';
import { DeletedElsewhereError } from '../../src/lib/errors';
import { db } from '../../src/db/db';
import {
  deleteEmotionInventory,
  finishEmotionInventory,
  getEmotionInventory,
  listEmotionInventories,
  reopenEmotionInventory,
  saveEmotionInventory,
} from '../../src/features/inventory/emotionInventoryRepo';
import {
  addOwnFeeling,
  listOwnFeelings,
  removeOwnFeeling,
  renameOwnFeeling,
} from '../../src/features/inventory/ownFeelingsRepo';
import {
  digestWritten,
  listTrendInputs,
  TREND_DIGEST_DOC,
} from '../../src/features/inventory/trendDigestRepo';
import { InventoryInputError } from '../../src/features/inventory/types';
import { openFields } from '../../src/core/sealing';
import { setLock } from '../../src/features/vault/lockRepo';
import { lockJournal } from '../../src/features/vault/lockSession';
import { LockedError } from '../../src/core/vaultStore';
import { freshVault } from '../helpers/freshVault';

const noon = new Date(2026, 10, 21, 12, 0).getTime();
const day = 24 * 3600 * 1000;

/** Every byte of a stored row as text, so a test can say a word is nowhere in it. */
function rowText(row: unknown): string {
  const data = (row as { sealed: { data: ArrayBuffer } }).sealed.data;
  return JSON.stringify(row) + new TextDecoder().decode(new Uint8Array(data));
}

describe('emotion inventory repository', () => {
  beforeEach(freshVault);

  it('keeps a draft with its words sealed and only day, status and times in the clear', async () => {
    await saveEmotionInventory(
      {
        id: 'i1',
        whatHappened: 'My brother shouted at dinner',
        feelings: [
          { feelingId: 'angry', intensity: 7 },
          { feelingId: 'hurt', intensity: 5 },
        ],
        bodyPlaces: ['chest', 'jaw'],
        thoughts: 'Nobody listens to me',
        needs: 'To be heard',
        kindThing: 'A walk by the river',
      },
      noon,
    );
    const row = await db.emotionInventories.get('i1');
    expect(row).toMatchObject({ id: 'i1', day: '2026-11-21', status: 'draft', created: noon });
    expect(Object.keys(row ?? {}).sort()).toEqual([
      'created',
      'day',
      'id',
      'sealed',
      'status',
      'updated',
    ]);
    const stored = rowText(row);
    for (const word of ['brother', 'angry', 'hurt', 'chest', 'Nobody', 'heard', 'river']) {
      expect(stored).not.toContain(word);
    }
    expect(await getEmotionInventory('i1')).toMatchObject({
      whatHappened: 'My brother shouted at dinner',
      feelings: [
        { feelingId: 'angry', intensity: 7 },
        { feelingId: 'hurt', intensity: 5 },
      ],
      bodyPlaces: ['chest', 'jaw'],
      status: 'draft',
    });
  });

  it('does not keep an inventory that was opened and left empty', async () => {
    expect(await saveEmotionInventory({ id: 'i1', whatHappened: '  ' }, noon)).toBeUndefined();
    expect(await db.emotionInventories.count()).toBe(0);
  });

  it.each([-1, 11, 2.5, Number.NaN, '7'])('refuses an intensity of %s', async (intensity) => {
    await expect(
      saveEmotionInventory(
        { id: 'i1', feelings: [{ feelingId: 'sad', intensity: intensity as number }] },
        noon,
      ),
    ).rejects.toThrow(/whole number from 0 to 10/);
    expect(await db.emotionInventories.count()).toBe(0);
  });

  it('takes 0 and 10, the two ends of the scale', async () => {
    await saveEmotionInventory(
      {
        id: 'i1',
        feelings: [
          { feelingId: 'sad', intensity: 0 },
          { feelingId: 'calm', intensity: 10 },
        ],
      },
      noon,
    );
    expect((await getEmotionInventory('i1'))?.feelings.map((f) => f.intensity)).toEqual([0, 10]);
  });

  it('refuses a feeling named twice, an unknown feeling and an unknown body place', async () => {
    const twice = [
      { feelingId: 'sad', intensity: 3 },
      { feelingId: 'sad', intensity: 4 },
    ];
    await expect(saveEmotionInventory({ id: 'i1', feelings: twice })).rejects.toThrow(
      'Each feeling can be named once in an inventory.',
    );
    await expect(
      saveEmotionInventory({ id: 'i1', feelings: [{ feelingId: 'nope', intensity: 3 }] }),
    ).rejects.toBeInstanceOf(InventoryInputError);
    await expect(saveEmotionInventory({ id: 'i1', bodyPlaces: ['tail'] })).rejects.toThrow(
      'That place in the body is not in the list.',
    );
  });

  it('keeps a draft with no feeling but will not finish it', async () => {
    await saveEmotionInventory({ id: 'i1', whatHappened: 'A long day' }, noon);
    await expect(finishEmotionInventory('i1', noon)).rejects.toThrow(
      'Choose at least one feeling to finish. Your draft is kept.',
    );
    expect((await db.emotionInventories.get('i1'))?.status).toBe('draft');
    await expect(finishEmotionInventory('never-saved', noon)).rejects.toThrow(
      /at least one feeling/,
    );
  });

  it('finishes an inventory, keeps it read-only, and opens it again on request', async () => {
    await saveEmotionInventory({ id: 'i1', feelings: [{ feelingId: 'sad', intensity: 4 }] }, noon);
    const before = await db.emotionInventories.get('i1');
    await finishEmotionInventory('i1', noon + 1000);
    const after = await db.emotionInventories.get('i1');
    expect(after).toMatchObject({ status: 'finished', updated: noon + 1000 });
    // Finishing changes only the clear status: the same ciphertext stays.
    expect(after?.sealed.iv).toEqual(before?.sealed.iv);

    await expect(
      saveEmotionInventory({ id: 'i1', feelings: [{ feelingId: 'sad', intensity: 9 }] }),
    ).rejects.toThrow(/This inventory is finished/);
    expect((await getEmotionInventory('i1'))?.feelings[0]?.intensity).toBe(4);

    await reopenEmotionInventory('i1', noon + 2000);
    await saveEmotionInventory({ id: 'i1', feelings: [{ feelingId: 'sad', intensity: 9 }] });
    expect(await getEmotionInventory('i1')).toMatchObject({
      status: 'draft',
      feelings: [{ feelingId: 'sad', intensity: 9 }],
    });
  });

  it('lists the newest first and gives the trends only finished inventories in the range', async () => {
    for (let i = 0; i < 4; i++) {
      await saveEmotionInventory(
        { id: `i${i}`, feelings: [{ feelingId: 'afraid', intensity: i + 3 }] },
        noon + i * day,
      );
      if (i !== 2) await finishEmotionInventory(`i${i}`, noon + i * day);
    }
    expect((await listEmotionInventories()).map((inventory) => inventory.id)).toEqual([
      'i3',
      'i2',
      'i1',
      'i0',
    ]);
    expect((await listEmotionInventories(2)).map((inventory) => inventory.id)).toEqual([
      'i3',
      'i2',
    ]);
    const finished = await listTrendInputs('2026-11-22', '2026-11-24');
    expect(finished.map((input) => [input.day, input.feelings[0]?.intensity]).sort()).toEqual([
      ['2026-11-22', 4],
      ['2026-11-24', 6],
    ]);
  });

  it('gives the trends the current words after an inventory is edited and finished again', async () => {
    await saveEmotionInventory({ id: 'i1', feelings: [{ feelingId: 'sad', intensity: 2 }] }, noon);
    await finishEmotionInventory('i1', noon + 1);
    const first = await listTrendInputs('2026-11-21', '2026-11-21');
    expect(first[0]?.feelings[0]?.intensity).toBe(2);
    await digestWritten();

    await reopenEmotionInventory('i1', noon + 2);
    expect(await listTrendInputs('2026-11-21', '2026-11-21')).toEqual([]);
    await digestWritten();
    await saveEmotionInventory(
      { id: 'i1', feelings: [{ feelingId: 'sad', intensity: 9 }] },
      noon + 3,
    );
    await finishEmotionInventory('i1', noon + 4);
    const again = await listTrendInputs('2026-11-21', '2026-11-21');
    expect(again.map((input) => input.feelings[0]?.intensity)).toEqual([9]);
  });

  it('reads the trends from one sealed digest once it is written, and rebuilds a damaged one', async () => {
    const month = ['2026-11-01', '2026-11-30'] as const;
    await saveEmotionInventory({ id: 'i1', feelings: [{ feelingId: 'sad', intensity: 3 }] }, noon);
    await finishEmotionInventory('i1', noon);
    await saveEmotionInventory({ id: 'i0', feelings: [{ feelingId: 'calm', intensity: 1 }] }, noon);
    await finishEmotionInventory('i0', noon + 10);
    await listTrendInputs(...month);
    await digestWritten();
    const digest = await db.documents.get(TREND_DIGEST_DOC);
    expect(digest).toBeDefined();
    expect(rowText(digest)).not.toContain('sad');

    // With i1's words damaged but its `updated` unchanged, the picture still comes whole from the
    // digest: proof it is read, and that the record is not opened again.
    await db.emotionInventories.update('i1', { sealed: digest!.sealed });
    const intensities = async () =>
      (await listTrendInputs(...month)).map((input) => input.feelings[0]?.intensity).sort();
    expect(await intensities()).toEqual([1, 3]);

    // A digest that cannot be opened is rebuilt from the records that can be.
    await saveEmotionInventory({ id: 'i2', feelings: [{ feelingId: 'calm', intensity: 8 }] }, noon);
    await finishEmotionInventory('i2', noon + 20);
    const i2 = await db.emotionInventories.get('i2');
    await db.documents.update(TREND_DIGEST_DOC, { sealed: i2!.sealed });
    expect(await intensities()).toEqual([1, 8]);
    await digestWritten();
    expect(await intensities()).toEqual([1, 8]);

    // Once it holds what the records say, reading writes nothing: no write, no live-query rerun.
    const settled = (await db.documents.get(TREND_DIGEST_DOC))?.sealed.iv;
    await intensities();
    await digestWritten();
    expect((await db.documents.get(TREND_DIGEST_DOC))?.sealed.iv).toEqual(settled);
  });

  it('keeps a person’s own word with the inventory, sealed', async () => {
    const own = await addOwnFeeling('  wrung   out ', noon);
    expect(own.word).toBe('wrung out');
    await saveEmotionInventory(
      { id: 'i1', feelings: [{ feelingId: own.id, word: own.word, intensity: 6 }] },
      noon,
    );
    expect((await getEmotionInventory('i1'))?.feelings[0]).toEqual({
      feelingId: own.id,
      word: 'wrung out',
      intensity: 6,
    });
    expect(rowText(await db.documents.get('custom-feelings'))).not.toContain('wrung');
    expect(rowText(await db.emotionInventories.get('i1'))).not.toContain('wrung');
  });
});

describe('a person’s own feeling words', () => {
  beforeEach(freshVault);

  it('refuses an empty word, a duplicate of their own, and a word already in the list', async () => {
    await expect(addOwnFeeling('   ')).rejects.toThrow('A feeling word needs at least one letter.');
    await addOwnFeeling('Overlooked');
    await expect(addOwnFeeling('overlooked')).rejects.toThrow(
      '“overlooked” is already among your own words.',
    );
    await expect(addOwnFeeling('Lonely')).rejects.toThrow(
      '“Lonely” is already in the list. You can choose it there.',
    );
    await expect(addOwnFeeling('x'.repeat(41))).rejects.toThrow(/up to 40 characters/);
    expect((await listOwnFeelings()).map((own) => own.word)).toEqual(['Overlooked']);
  });

  it('renames a word for the inventories to come; one already written keeps its word', async () => {
    const own = await addOwnFeeling('wrung out', noon);
    const other = await addOwnFeeling('hollow', noon);
    await saveEmotionInventory(
      { id: 'i1', feelings: [{ feelingId: own.id, word: own.word, intensity: 6 }] },
      noon,
    );
    await renameOwnFeeling(own.id, '  Wrung   OUT ', noon + 1);
    await renameOwnFeeling(own.id, 'worn thin', noon + 2);
    expect((await listOwnFeelings()).map((word) => [word.id, word.word])).toEqual([
      [own.id, 'worn thin'],
      [other.id, 'hollow'],
    ]);
    expect((await getEmotionInventory('i1'))?.feelings[0]?.word).toBe('wrung out');

    await expect(renameOwnFeeling(own.id, 'HOLLOW')).rejects.toThrow(
      '“HOLLOW” is already among your own words.',
    );
    await expect(renameOwnFeeling(own.id, 'angry')).rejects.toThrow(/already in the list/);
    await expect(renameOwnFeeling(own.id, ' ')).rejects.toThrow(/at least one letter/);
    await expect(renameOwnFeeling('own:gone', 'x')).rejects.toThrow(/no longer in your list/);
    expect((await listOwnFeelings()).map((word) => word.word)).toEqual(['worn thin', 'hollow']);
  });

  it('takes a word off the list; inventories that used it keep it', async () => {
    const own = await addOwnFeeling('wrung out', noon);
    await saveEmotionInventory(
      { id: 'i1', feelings: [{ feelingId: own.id, word: own.word, intensity: 6 }] },
      noon,
    );
    await removeOwnFeeling(own.id, noon + 1);
    expect(await listOwnFeelings()).toEqual([]);
    expect((await getEmotionInventory('i1'))?.feelings[0]?.word).toBe('wrung out');
    // And it can be added again.
    expect((await addOwnFeeling('wrung out')).word).toBe('wrung out');
  });

  it('keeps HTML and emoji exactly as written', async () => {
    await addOwnFeeling('<b>raw</b> 😶‍🌫️');
    expect((await listOwnFeelings())[0]?.word).toBe('<b>raw</b> 😶‍🌫️');
  });
});

describe('deleting an inventory', () => {
  beforeEach(freshVault);

  it('deletes it for good, takes it out of the trends, and ignores a late autosave', async () => {
    const feelings = [{ feelingId: 'lonely', intensity: 6 }];
    await saveEmotionInventory({ id: 'keep', feelings }, noon);
    await finishEmotionInventory('keep', noon);
    await saveEmotionInventory({ id: 'gone', feelings, thoughts: 'Nobody called back' }, noon);
    await finishEmotionInventory('gone', noon);
    expect(await listTrendInputs('2026-11-21', '2026-11-21')).toHaveLength(2);
    await digestWritten();

    await deleteEmotionInventory('gone');
    expect(await getEmotionInventory('gone')).toBeUndefined();
    expect(await listTrendInputs('2026-11-21', '2026-11-21')).toHaveLength(1);
    await digestWritten();
    // The digest rewritten after the deletion holds nothing of the deleted inventory.
    const digest = await db.documents.get(TREND_DIGEST_DOC);
    const opened = await openFields<{ items: Record<string, unknown> }>('documents', digest!);
    expect(Object.keys(opened.items)).toEqual(['keep']);

    await expect(saveEmotionInventory({ id: 'gone', feelings }, noon + 1)).rejects.toThrow(
      DeletedElsewhereError,
    );
    expect(await getEmotionInventory('gone')).toBeUndefined();
    expect((await getEmotionInventory('keep'))?.status).toBe('finished');
  });
});

describe('opened inventories when the journal locks', () => {
  beforeEach(freshVault);

  it('leave memory with the key: nothing opened before the lock can be read after it', async () => {
    await saveEmotionInventory({ id: 'held', whatHappened: 'The call with my mother' });
    // Opened once, so a copy sits in the repository's cache.
    expect((await getEmotionInventory('held'))?.whatHappened).toBe('The call with my mother');
    await setLock('quiet river at dawn', 'quiet river at dawn', { iterations: 1000 });
    // The lock set a new key: opened again, the cache holds the words once more.
    expect((await listEmotionInventories()).map((i) => i.whatHappened)).toEqual([
      'The call with my mother',
    ]);
    expect(await lockJournal()).toBe(true);
    await expect(getEmotionInventory('held')).rejects.toThrow(LockedError);
    await expect(listEmotionInventories()).rejects.toThrow(LockedError);
  });
});
