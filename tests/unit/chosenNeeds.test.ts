import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { sealFields } from '../../src/core/sealing';
import {
  getEmotionInventory,
  saveEmotionInventory,
} from '../../src/features/inventory/emotionInventoryRepo';
import { NEEDS } from '../../src/features/inventory/vocabulary';
import { freshVault } from '../helpers/freshVault';

beforeEach(freshVault);

describe('needs chosen from a short list, beside the free text', () => {
  it('keeps the chosen needs once each, with the person’s own words', async () => {
    await saveEmotionInventory(
      { id: 'i1', needs: 'For it to stop', chosenNeeds: ['rest', 'heard', 'rest'] },
      5,
    );
    expect(await getEmotionInventory('i1')).toMatchObject({
      needs: 'For it to stop',
      chosenNeeds: ['rest', 'heard'],
    });
  });

  it('counts a chosen need as something worth keeping, and refuses one not on the list', async () => {
    expect(await saveEmotionInventory({ id: 'i2', chosenNeeds: ['safety'] }, 5)).toBe(5);
    await expect(saveEmotionInventory({ id: 'i3', chosenNeeds: ['money'] }, 5)).rejects.toThrow(
      'That need is not in the list.',
    );
  });

  it('reads an inventory written before the list as having chosen none', async () => {
    await db.emotionInventories.put({
      id: 'old',
      day: '2026-01-02',
      status: 'finished',
      created: 1,
      updated: 1,
      sealed: await sealFields('emotionInventories', 'old', { needs: 'Sleep' }),
    });
    expect(await getEmotionInventory('old')).toMatchObject({ needs: 'Sleep', chosenNeeds: [] });
  });

  it('has a short list with stable, unique ids', () => {
    expect(NEEDS.length).toBeLessThanOrEqual(12);
    expect(new Set(NEEDS.map((need) => need.id)).size).toBe(NEEDS.length);
  });
});
