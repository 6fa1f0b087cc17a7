import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import {
  deleteAmendsItem,
  getAmendsItem,
  listAmendsItems,
  saveAmendsItem,
  saveHarmCheck,
} from '../../src/features/amends/amendsRepo';
import { saveLetter } from '../../src/features/amends/lettersRepo';
import { suggestAmends } from '../../src/features/amends/harmCheck';
import {
  addHarmToAmends,
  saveInventoryItem,
} from '../../src/features/inventory/classicInventoryRepo';
import { freshVault } from '../helpers/freshVault';

const day1 = new Date(2026, 2, 3, 9, 0).getTime();
const day2 = new Date(2026, 2, 9, 18, 30).getTime();

function rowText(row: unknown): string {
  const data = (row as { sealed: { data: ArrayBuffer } }).sealed.data;
  return JSON.stringify(row) + new TextDecoder().decode(new Uint8Array(data));
}

describe('amends repository', () => {
  beforeEach(freshVault);

  it('seals an item: only id and dates are in the clear, the status sealed too', async () => {
    await saveAmendsItem(
      {
        id: 'a1',
        person: 'Aunt Rosa',
        relationship: 'family',
        whatHappened: 'I missed the funeral',
        myPart: 'I chose the bar',
        willingness: 'becoming',
      },
      day1,
    );
    const row = await db.amends.get('a1');
    expect(Object.keys(row ?? {}).sort()).toEqual(['created', 'id', 'sealed', 'updated']);
    for (const word of ['Rosa', 'family', 'funeral', 'bar', 'becoming', 'listed']) {
      expect(rowText(row)).not.toContain(word);
    }
    expect(await getAmendsItem('a1')).toMatchObject({
      person: 'Aunt Rosa',
      myPart: 'I chose the bar',
      willingness: 'becoming',
      status: 'listed',
      history: [{ status: 'listed', at: day1 }],
    });
  });

  it('keeps no blank item, refuses a nameless one later, and checks its choices', async () => {
    expect(await saveAmendsItem({ id: 'blank', person: '  ' }, day1)).toBeUndefined();
    expect(await db.amends.count()).toBe(0);
    await saveAmendsItem({ id: 'a1', person: 'Sam' }, day1);
    await expect(saveAmendsItem({ id: 'a1', person: '' }, day2)).rejects.toThrow(
      'Write whom this is about.',
    );
    await expect(
      saveAmendsItem({ id: 'a1', person: 'Sam', status: 'done' as never }, day2),
    ).rejects.toThrow('That is not one of the statuses.');
    await expect(
      saveAmendsItem({ id: 'a1', person: 'Sam', willingness: 'sure' as never }, day2),
    ).rejects.toThrow('Willingness is one of the choices.');
    await expect(saveAmendsItem({ id: '', person: 'Sam' })).rejects.toThrow('This needs an id.');
  });

  it('offers the person themself first, and dates each change of status', async () => {
    await saveAmendsItem({ id: 'other', person: 'Jo' }, day1);
    await saveAmendsItem({ id: 'me', myself: true, whatHappened: 'Years of no sleep' }, day2);
    expect((await listAmendsItems()).map((item) => item.id)).toEqual(['me', 'other']);
    expect((await getAmendsItem('me'))?.person).toBe('Myself');

    await saveAmendsItem({ id: 'other', person: 'Jo', status: 'planning' }, day2);
    await saveAmendsItem({ id: 'other', person: 'Jo', status: 'planning' }, day2 + 5);
    const jo = await getAmendsItem('other');
    expect(jo?.status).toBe('planning');
    expect(jo?.history).toEqual([
      { status: 'listed', at: day1 },
      { status: 'planning', at: day2 },
    ]);
  });

  it('keeps the harm check and the chosen kind when the item is edited afterwards', async () => {
    await saveAmendsItem({ id: 'a1', person: 'Lee' }, day1);
    await saveHarmCheck('a1', { riskToMe: 'yes', hurtThem: 'no' }, 'letter', day2);
    await saveAmendsItem({ id: 'a1', person: 'Lee', whatHappened: 'Shouting' }, day2 + 1);
    expect(await getAmendsItem('a1')).toMatchObject({
      kind: 'letter',
      harmCheck: { riskToMe: 'yes', hurtThem: 'no' },
      whatHappened: 'Shouting',
    });
    await expect(saveHarmCheck('a1', { riskToMe: 'maybe' as never }, undefined)).rejects.toThrow(
      'Each answer is yes, not sure or no.',
    );
    await expect(saveHarmCheck('gone', {}, 'direct')).rejects.toThrow('not on your list');
  });

  it('reads an item the inventory listed, and brings no part of theirs when it was done to them', async () => {
    await saveInventoryItem(
      { id: 'h1', list: 'harm', subject: 'Dad', story: 'He left', doneToMe: true },
      day1,
    );
    const id = await addHarmToAmends('h1', day1);
    const item = await getAmendsItem(id);
    expect(item).toMatchObject({ person: 'Dad', whatHappened: 'He left', inventoryItemId: 'h1' });
    expect(item).not.toHaveProperty('myPart');
    // Words typed before the harm was marked "done to me" are kept, never shown or shared while
    // it is (AmendsItemEditor, markdown.ts), and there again if it is unticked.
    await saveAmendsItem({ id, person: 'Dad', whatHappened: 'He left', myPart: 'I shouted' }, day2);
    const after = await getAmendsItem(id);
    expect(after?.myPart).toBe('I shouted');
    expect(after?.inventoryItemId).toBe('h1');
    expect((await db.amends.get(id))?.inventoryItemId).toBe('h1');
  });

  it('takes an item off the list and unlinks its letters, which stay', async () => {
    await saveAmendsItem({ id: 'a1', person: 'Kim' }, day1);
    await saveLetter({ id: 'l1', amendsId: 'a1', recipient: 'Kim', sections: { sorry: 'Sorry' } });
    await deleteAmendsItem('a1');
    expect(await db.amends.count()).toBe(0);
    const letter = await db.letters.get('l1');
    expect(letter).toBeDefined();
    expect(letter).not.toHaveProperty('amendsId');
  });
});

describe('the harm check suggestion', () => {
  it('waits for all four answers unless one is a yes', () => {
    expect(suggestAmends({ hurtThem: 'no' })).toBeUndefined();
    expect(suggestAmends({ riskToMe: 'yes' })?.kind).toBe('letter');
  });

  it('puts the person’s own safety first and gives a reason for every yes', () => {
    const suggestion = suggestAmends({ riskToMe: 'yes', hurtThem: 'yes', myRelief: 'yes' });
    expect(suggestion?.kind).toBe('letter');
    expect(suggestion?.reasons).toHaveLength(3);
    expect(suggestAmends({ hurtThem: 'yes' })?.kind).toBe('indirect');
    expect(suggestAmends({ noContact: 'yes', hurtThem: 'yes' })?.kind).toBe('living');
  });

  it('suggests waiting when unsure and direct amends only when every answer is no', () => {
    const all = (answer: 'no' | 'unsure') => ({
      riskToMe: 'no' as const,
      hurtThem: answer,
      noContact: 'no' as const,
      myRelief: 'no' as const,
    });
    expect(suggestAmends(all('unsure'))?.kind).toBe('not-now');
    expect(suggestAmends(all('no'))?.kind).toBe('direct');
  });
});
