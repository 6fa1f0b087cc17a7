import { beforeEach, describe, expect, it } from 'vitest';
import { DeletedElsewhereError } from '../../src/lib/errors';
import { db } from '../../src/db/db';
import {
  addHarmToAmends,
  amendsIdFor,
  deleteInventoryItem,
  getInventoryItem,
  ON_AMENDS_LIST,
  listInventoryItems,
  saveInventoryItem,
} from '../../src/features/inventory/classicInventoryRepo';
import {
  deleteLetterToMyself,
  getLetterToMyself,
  listLettersToMyself,
  saveLetterToMyself,
} from '../../src/features/inventory/letterToMyselfRepo';
import type { AmendsFields } from '../../src/features/inventory/types';
import { deleteAmendsItem, getAmendsItem } from '../../src/features/amends/amendsRepo';
import { openFields } from '../../src/core/sealing';
import { freshVault } from '../helpers/freshVault';

const noon = new Date(2026, 10, 21, 12, 0).getTime();

function rowText(row: unknown): string {
  const data = (row as { sealed: { data: ArrayBuffer } }).sealed.data;
  return JSON.stringify(row) + new TextDecoder().decode(new Uint8Array(data));
}

describe('classic inventory repository', () => {
  beforeEach(freshVault);

  it('seals a resentment row, "done to me" included, with only list and dates in the clear', async () => {
    await saveInventoryItem(
      {
        id: 'r1',
        list: 'resentment',
        subject: 'My uncle',
        story: 'He hit me when I was nine',
        touched: ['security', 'self-esteem'],
        touchedOther: 'trust in adults',
        doneToMe: true,
        myPart: 'I should have told someone',
      },
      noon,
    );
    const row = await db.inventoryItems.get('r1');
    expect(Object.keys(row ?? {}).sort()).toEqual([
      'created',
      'day',
      'id',
      'list',
      'sealed',
      'updated',
    ]);
    expect(row).toMatchObject({ list: 'resentment', day: '2026-11-21' });
    for (const word of ['uncle', 'nine', 'security', 'trust', 'doneToMe', 'should']) {
      expect(rowText(row)).not.toContain(word);
    }
    const item = await getInventoryItem('r1');
    expect(item).toMatchObject({
      subject: 'My uncle',
      touched: ['security', 'self-esteem'],
      doneToMe: true,
    });
    // What was done to them has no part of theirs to show, but words typed there before the box
    // was ticked are kept (sealed), so unticking it never finds them gone.
    expect(item?.myPart).toBe('I should have told someone');
  });

  it('"done to me" ticked and later unticked brings back what was written as my part', async () => {
    const row = { id: 'r2', list: 'resentment' as const, subject: 'My ex', story: 'Words' };
    await saveInventoryItem({ ...row, myPart: 'I stayed quiet for years' }, noon);
    await saveInventoryItem({ ...row, myPart: 'I stayed quiet for years', doneToMe: true }, noon);
    expect(await getInventoryItem('r2')).toMatchObject({ doneToMe: true });
    await saveInventoryItem({ ...row, myPart: 'I stayed quiet for years', doneToMe: false }, noon);
    expect(await getInventoryItem('r2')).toMatchObject({
      doneToMe: false,
      myPart: 'I stayed quiet for years',
    });
  });

  it('keeps a part only where the person had one, and fears never ask for one', async () => {
    await saveInventoryItem(
      { id: 'h1', list: 'harm', subject: 'Sam', story: 'I lied', myPart: 'I lied' },
      noon,
    );
    await saveInventoryItem(
      { id: 'f1', list: 'fear', subject: 'Being left', story: 'Childhood', shapes: 'I cling' },
      noon,
    );
    expect((await getInventoryItem('h1'))?.myPart).toBe('I lied');
    const fear = await getInventoryItem('f1');
    expect(fear).toMatchObject({ shapes: 'I cling', doneToMe: false });
    expect(fear).not.toHaveProperty('myPart');
    expect((await listInventoryItems('harm')).map((item) => item.id)).toEqual(['h1']);
  });

  it('does not keep a blank row, refuses unknown lists and moves between lists', async () => {
    expect(await saveInventoryItem({ id: 'x', list: 'fear', subject: ' ' })).toBeUndefined();
    expect(await db.inventoryItems.count()).toBe(0);
    await expect(
      saveInventoryItem({ id: 'x', list: 'regret' as 'fear', subject: 'a' }),
    ).rejects.toThrow('A row belongs to resentments, fears or harms.');
    await saveInventoryItem({ id: 'x', list: 'fear', subject: 'Heights' });
    await expect(saveInventoryItem({ id: 'x', list: 'harm', subject: 'Heights' })).rejects.toThrow(
      'A row stays in the list it was written in.',
    );
    await expect(
      saveInventoryItem({
        id: 'y',
        list: 'resentment',
        subject: 'a',
        touched: ['money' as 'pride'],
      }),
    ).rejects.toThrow(/not one of the things/);
  });

  it('puts a harms row on the amends list once, linked back, with the part only when it was theirs', async () => {
    await saveInventoryItem(
      {
        id: 'h1',
        list: 'harm',
        subject: 'My sister',
        story: 'I missed her wedding',
        myPart: 'I chose to drink',
      },
      noon,
    );
    const amendsId = await addHarmToAmends('h1', noon + 1);
    const row = await db.amends.get(amendsId);
    expect(row).toMatchObject({ inventoryItemId: 'h1', created: noon + 1 });
    // No status in the clear: an item nobody has moved on yet is "listed".
    expect(row).not.toHaveProperty('status');
    expect((await getAmendsItem(amendsId))?.status).toBe('listed');
    expect(rowText(row)).not.toContain('sister');
    expect(await openFields<AmendsFields>('amends', row!)).toEqual({
      person: 'My sister',
      whatHappened: 'I missed her wedding',
      myPart: 'I chose to drink',
    });
    expect(await amendsIdFor('h1')).toBe(amendsId);
    // A second tap keeps the one amends item.
    expect(await addHarmToAmends('h1')).toBe(amendsId);
    expect(await db.amends.count()).toBe(1);

    await saveInventoryItem(
      { id: 'h2', list: 'harm', subject: 'Me', story: 'I was hurt', doneToMe: true },
      noon,
    );
    const second = await db.amends.get(await addHarmToAmends('h2'));
    expect(await openFields<AmendsFields>('amends', second!)).toEqual({
      person: 'Me',
      whatHappened: 'I was hurt',
    });
  });

  it('lists only harms rows with someone named on the amends list', async () => {
    await saveInventoryItem({ id: 'r1', list: 'resentment', subject: 'Boss' });
    await expect(addHarmToAmends('r1')).rejects.toThrow(/Only a row from the harms list/);
    await saveInventoryItem({ id: 'h1', list: 'harm', story: 'Something happened' });
    await expect(addHarmToAmends('h1')).rejects.toThrow(/Write whom this was about first/);
    await expect(addHarmToAmends('missing')).rejects.toThrow(/could not be found/);
    expect(await db.amends.count()).toBe(0);
  });
});

describe('letters to myself', () => {
  beforeEach(freshVault);

  it('keeps each letter as a sealed document, newest first, and no blank ones', async () => {
    expect(await saveLetterToMyself({ id: 'letter-to-myself:a', body: '' }, noon)).toBeUndefined();
    await saveLetterToMyself({ id: 'letter-to-myself:a', body: 'Dear me, you looked.' }, noon);
    await saveLetterToMyself({ id: 'letter-to-myself:b', body: 'Dear me, again.' }, noon + 5);
    expect(rowText(await db.documents.get('letter-to-myself:a'))).not.toContain('looked');
    expect((await listLettersToMyself()).map((letter) => letter.id)).toEqual([
      'letter-to-myself:b',
      'letter-to-myself:a',
    ]);
    expect((await getLetterToMyself('letter-to-myself:a'))?.body).toBe('Dear me, you looked.');
    await expect(saveLetterToMyself({ id: 'custom-feelings', body: 'x' })).rejects.toThrow(
      'This is not a letter to yourself.',
    );
  });

  it('deletes a row for good, but not a harms row while its amends item is on the list', async () => {
    await saveInventoryItem({ id: 'r1', list: 'resentment', subject: 'The landlord' }, noon);
    await saveInventoryItem(
      { id: 'h1', list: 'harm', subject: 'My sister', myPart: 'I lied' },
      noon,
    );
    const amendsId = await addHarmToAmends('h1', noon);

    await deleteInventoryItem('r1');
    expect(await getInventoryItem('r1')).toBeUndefined();
    // The editor's last autosave as it closes does not bring it back.
    await expect(
      saveInventoryItem({ id: 'r1', list: 'resentment', subject: 'The landlord' }, noon + 1),
    ).rejects.toThrow(DeletedElsewhereError);
    expect(await getInventoryItem('r1')).toBeUndefined();

    await expect(deleteInventoryItem('h1')).rejects.toThrow(ON_AMENDS_LIST);
    expect((await getInventoryItem('h1'))?.subject).toBe('My sister');
    await deleteAmendsItem(amendsId);
    await deleteInventoryItem('h1');
    expect(await getInventoryItem('h1')).toBeUndefined();
  });

  it('deletes a letter to yourself for good, and only a letter', async () => {
    await saveLetterToMyself({ id: 'letter-to-myself:a', body: 'Dear me.' }, noon);
    await saveLetterToMyself({ id: 'letter-to-myself:b', body: 'Dear me, again.' }, noon);
    await deleteLetterToMyself('letter-to-myself:a');
    expect(await getLetterToMyself('letter-to-myself:a')).toBeUndefined();
    await expect(
      saveLetterToMyself({ id: 'letter-to-myself:a', body: 'Dear me!' }),
    ).rejects.toThrow(DeletedElsewhereError);
    expect((await listLettersToMyself()).map((letter) => letter.id)).toEqual([
      'letter-to-myself:b',
    ]);
    await expect(deleteLetterToMyself('custom-feelings')).rejects.toThrow(
      'This is not a letter to yourself.',
    );
  });
});
