import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { saveAmendsItem } from '../../src/features/amends/amendsRepo';
import {
  editLetterAgain,
  finishLetter,
  getLetter,
  listLetters,
  releaseLetter,
  saveLetter,
  sealLetter,
  unsealLetter,
} from '../../src/features/amends/lettersRepo';
import { saveEntry } from '../../src/features/journal/journalRepo';
import { everyWordInDb } from '../helpers/everyWordInDb';
import { freshVault } from '../helpers/freshVault';

const written = new Date(2026, 4, 1, 21, 0).getTime();
const released = new Date(2026, 4, 7, 7, 15).getTime();

const WORDS = ['Marguerite', 'lighthouse', 'tangerine', 'Sorrowful'];

async function finishedLetter(id = 'l1') {
  await saveAmendsItem({ id: 'a1', person: 'Marguerite' }, written);
  await saveLetter(
    {
      id,
      amendsId: 'a1',
      recipient: 'Marguerite',
      sections: { happened: 'The lighthouse night', sorry: 'Sorrowful about the tangerine' },
    },
    written,
  );
  await finishLetter(id, written);
}

describe('letters repository', () => {
  beforeEach(freshVault);

  it('seals the words: the row holds none of them', async () => {
    await saveLetter(
      { id: 'l1', recipient: 'Marguerite', sections: { happened: 'The lighthouse night' } },
      written,
    );
    const row = await db.letters.get('l1');
    expect(row).toMatchObject({ status: 'draft', created: written });
    const text = JSON.stringify(row) + new TextDecoder().decode(new Uint8Array(row!.sealed.data));
    for (const word of ['Marguerite', 'lighthouse', 'happened', 'recipient']) {
      expect(text).not.toContain(word);
    }
    expect((await getLetter('l1'))?.sections.happened).toBe('The lighthouse night');
  });

  it('keeps no blank letter and keeps a letter with no recipient as a draft', async () => {
    expect(await saveLetter({ id: 'blank', recipient: 'Someone', sections: {} })).toBeUndefined();
    expect(await db.letters.count()).toBe(0);
    await saveLetter({ id: 'l1', sections: { sorry: 'I am sorry' } }, written);
    await expect(finishLetter('l1')).rejects.toThrow('Write whom this letter is to');
    expect((await db.letters.get('l1'))?.status).toBe('draft');
    // A letter to myself needs no name.
    await saveLetter({ id: 'l2', toMyself: true, sections: { sorry: 'For the years' } }, written);
    await finishLetter('l2');
    expect((await db.letters.get('l2'))?.status).toBe('finished');
  });

  it('goes draft → finished → sealed → finished → draft, and refuses edits when not a draft', async () => {
    await finishedLetter();
    await expect(saveLetter({ id: 'l1', recipient: 'M', sections: { more: 'x' } })).rejects.toThrow(
      'Choose “Edit again”',
    );
    await expect(unsealLetter('l1')).rejects.toThrow('This letter is not sealed.');
    await sealLetter('l1', written + 10);
    expect(await db.letters.get('l1')).toMatchObject({ status: 'sealed', updated: written + 10 });
    await expect(editLetterAgain('l1')).rejects.toThrow('Unseal this letter first');
    await unsealLetter('l1');
    await editLetterAgain('l1');
    expect((await db.letters.get('l1'))?.status).toBe('draft');
    await expect(sealLetter('l1')).rejects.toThrow('Finish this letter before sealing it.');
    await expect(releaseLetter('l1', { keepTrace: true })).rejects.toThrow('Finish this letter');
  });

  it('refuses a link to someone not on the list', async () => {
    await expect(
      saveLetter({ id: 'l1', amendsId: 'nobody', recipient: 'X', sections: { more: 'hi' } }),
    ).rejects.toThrow('not on your amends list');
  });

  it('releases a letter: nothing of its words is left in any table, only the date', async () => {
    await saveEntry({ id: 'e1', body: 'A journal entry that stays' }, written);
    await finishedLetter();
    await sealLetter('l1', written);
    const before = await everyWordInDb();
    for (const word of WORDS) expect(before).toContain(word);

    await releaseLetter('l1', { keepTrace: true }, released);

    const after = await everyWordInDb();
    // Marguerite is also the amends item's name, which stays on the list; the letter's own
    // words are gone from every table.
    for (const word of ['lighthouse', 'tangerine', 'Sorrowful']) expect(after).not.toContain(word);
    expect(after).toContain('A journal entry that stays');
    const row = await db.letters.get('l1');
    expect(row).toEqual({
      id: 'l1',
      status: 'released',
      releasedAt: released,
      created: released,
      updated: released,
    });
    expect(await listLetters()).toEqual([
      expect.objectContaining({ id: 'l1', status: 'released', releasedAt: released }),
    ]);
    await expect(releaseLetter('l1', { keepTrace: true })).rejects.toThrow('released');
    await expect(saveLetter({ id: 'l1', sections: { more: 'back?' } })).rejects.toThrow('released');
  });

  it('releases with no trace: the row is gone', async () => {
    await finishedLetter();
    await releaseLetter('l1', { keepTrace: false }, released);
    expect(await db.letters.count()).toBe(0);
    const after = await everyWordInDb();
    for (const word of ['lighthouse', 'tangerine', 'Sorrowful']) expect(after).not.toContain(word);
  });
});
