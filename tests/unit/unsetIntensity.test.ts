import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { openFields, sealFields } from '../../src/core/sealing';
import {
  finishEmotionInventory,
  getEmotionInventory,
  saveEmotionInventory,
} from '../../src/features/inventory/emotionInventoryRepo';
import { listTrendInputs } from '../../src/features/inventory/trendDigestRepo';
import { freshVault } from '../helpers/freshVault';

// A feeling whose strength was never set is kept without one: never saved as a middle 5.

const noon = new Date(2026, 10, 21, 12, 0).getTime();

beforeEach(freshVault);

describe('a feeling’s strength, unset until touched', () => {
  it('is saved with no strength, and stays so through trends', async () => {
    await saveEmotionInventory(
      { id: 'i1', feelings: [{ feelingId: 'afraid' }, { feelingId: 'sad', intensity: 0 }] },
      noon,
    );
    const words = await openFields<{ feelings: unknown[] }>(
      'emotionInventories',
      (await db.emotionInventories.get('i1'))!,
    );
    expect(words.feelings).toEqual([{ feelingId: 'afraid' }, { feelingId: 'sad', intensity: 0 }]);
    await finishEmotionInventory('i1', noon);
    const [input] = await listTrendInputs('2026-11-01', '2026-11-30');
    expect(input?.feelings).toEqual([{ feelingId: 'afraid' }, { feelingId: 'sad', intensity: 0 }]);
  });

  it('leaves an inventory written before exactly as it was', async () => {
    const old = { whatHappened: 'An old day', feelings: [{ feelingId: 'calm', intensity: 5 }] };
    await db.emotionInventories.put({
      id: 'old',
      day: '2026-01-02',
      status: 'finished',
      created: 1,
      updated: 1,
      sealed: await sealFields('emotionInventories', 'old', old),
    });
    expect((await getEmotionInventory('old'))?.feelings).toEqual([
      { feelingId: 'calm', intensity: 5 },
    ]);
  });

  it('still refuses a strength outside 0 to 10', async () => {
    await expect(
      saveEmotionInventory({ id: 'i2', feelings: [{ feelingId: 'afraid', intensity: 11 }] }, noon),
    ).rejects.toThrow(/whole number from 0 to 10/);
  });
});
