import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { DeletedElsewhereError } from '../../src/lib/errors';
import { deleteAmendsItem, saveAmendsItem } from '../../src/features/amends/amendsRepo';
import { finishLetter, releaseLetter, saveLetter } from '../../src/features/amends/lettersRepo';
import {
  addHarmToAmends,
  deleteInventoryItem,
  saveInventoryItem,
} from '../../src/features/inventory/classicInventoryRepo';
import {
  deleteEmotionInventory,
  saveEmotionInventory,
} from '../../src/features/inventory/emotionInventoryRepo';
import {
  deleteLetterToMyself,
  LETTER_PREFIX,
  saveLetterToMyself,
} from '../../src/features/inventory/letterToMyselfRepo';
import { deleteEntryForever, saveEntry, trashEntry } from '../../src/features/journal/journalRepo';
import { deleteContact, saveContact } from '../../src/features/safety/contactWrites';
import { deleteGoal, saveGoal } from '../../src/features/today/goalsRepo';
import { freshVault } from '../helpers/freshVault';

// Deleting for good, then the last autosave of the editor that was open on the record (or a save
// that was on its way) arrives: the record must stay deleted, whichever repository wrote it, and
// the save says so in words the editor shows. The guard lives in the database
// (src/db/deletedRecords.ts), not in each repository.

describe('a record deleted for good is not brought back by a save still on its way', () => {
  beforeEach(freshVault);

  it('an amends item taken off the list right after typing in it', async () => {
    await saveAmendsItem({ id: 'a1', person: 'Kim', whatHappened: 'I lied' });
    await deleteAmendsItem('a1');
    await expect(
      saveAmendsItem({ id: 'a1', person: 'Kim', whatHappened: 'I lied to her' }),
    ).rejects.toThrow(DeletedElsewhereError);
    expect(await db.amends.get('a1')).toBeUndefined();
  });

  it('a contact, an entry from Trash, a classic row, an emotion inventory, a letter, a goal', async () => {
    await saveContact({ id: 'c1', name: 'Sam', relation: '', phone: '', note: '' });
    await deleteContact('c1');
    await expect(
      saveContact({ id: 'c1', name: 'Sam P', relation: '', phone: '', note: '' }),
    ).rejects.toThrow(DeletedElsewhereError);
    expect(await db.contacts.get('c1')).toBeUndefined();

    await saveEntry({ id: 'e1', body: 'words' });
    await trashEntry('e1');
    await deleteEntryForever('e1');
    await expect(saveEntry({ id: 'e1', body: 'words, and more' })).rejects.toThrow(
      DeletedElsewhereError,
    );
    expect(await db.entries.get('e1')).toBeUndefined();

    await saveInventoryItem({ id: 'r1', list: 'resentment', subject: 'Work' });
    await deleteInventoryItem('r1');
    await expect(
      saveInventoryItem({ id: 'r1', list: 'resentment', subject: 'Work again' }),
    ).rejects.toThrow(DeletedElsewhereError);
    expect(await db.inventoryItems.get('r1')).toBeUndefined();

    await saveEmotionInventory({ id: 'i1', whatHappened: 'A hard call' });
    await deleteEmotionInventory('i1');
    await expect(
      saveEmotionInventory({ id: 'i1', whatHappened: 'A hard call, later' }),
    ).rejects.toThrow(DeletedElsewhereError);
    expect(await db.emotionInventories.get('i1')).toBeUndefined();

    const letter = `${LETTER_PREFIX}l1`;
    await saveLetterToMyself({ id: letter, body: 'Dear me' });
    await deleteLetterToMyself(letter);
    await expect(saveLetterToMyself({ id: letter, body: 'Dear me, again' })).rejects.toThrow(
      DeletedElsewhereError,
    );
    expect(await db.documents.get(letter)).toBeUndefined();

    await saveGoal('g1', { name: 'Walk', why: '', measure: { kind: 'done' } });
    await deleteGoal('g1');
    await expect(
      saveGoal('g1', { name: 'Walk more', why: '', measure: { kind: 'done' } }),
    ).rejects.toThrow(DeletedElsewhereError);
    expect(await db.goals.get('g1')).toBeUndefined();
  });

  it('an unsent letter released with no trace', async () => {
    await saveLetter({ id: 'u1', recipient: 'Jo', sections: { happened: 'words' } });
    await finishLetter('u1');
    await releaseLetter('u1', { keepTrace: false });
    await expect(
      saveLetter({ id: 'u1', recipient: 'Jo', sections: { happened: 'more words' } }),
    ).rejects.toThrow(DeletedElsewhereError);
    expect(await db.letters.get('u1')).toBeUndefined();
  });

  it('a deletion that fails leaves the record writable', async () => {
    await saveInventoryItem({ id: 'h1', list: 'harm', subject: 'Sam', story: 'I lied' });
    await addHarmToAmends('h1');
    // A harms row stays while its amends item does: the deletion is refused...
    await expect(deleteInventoryItem('h1')).rejects.toThrow();
    // ...and the row's own editor goes on saving.
    await saveInventoryItem({ id: 'h1', list: 'harm', subject: 'Sam', story: 'I lied twice' });
    expect((await db.inventoryItems.get('h1'))?.updated).toBeGreaterThan(0);
    expect(await db.inventoryItems.count()).toBe(1);
  });
});
