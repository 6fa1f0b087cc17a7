import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { getAmendsItem, saveAmendsItem } from '../../src/features/amends/amendsRepo';
import { getLetter, saveLetter } from '../../src/features/amends/lettersRepo';
import {
  finishEmotionInventory,
  getEmotionInventory,
  saveEmotionInventory,
} from '../../src/features/inventory/emotionInventoryRepo';
import type { AmendsItemFields } from '../../src/features/amends/types';
import { sealedTable } from '../../src/core/sealedStore';
import type { AmendsRow } from '../../src/db/types';
import { getEntry } from '../../src/features/journal/journalReadRepo';
import { saveEntry, saveEntryOnto } from '../../src/features/journal/journalRepo';
import { freshVault } from '../helpers/freshVault';

// An editor left and opened again at once (Back, then Forward) reads its record while the last
// save from leaving is still sealing. It must find those words: an empty record would be shown,
// and typing there would write over them. Reads of one record wait for this tab's saves of it
// (src/core/sealedStore.ts).

describe('a record read while this tab is still saving it', () => {
  beforeEach(freshVault);

  it('a new journal entry opens with the words of its first save, not empty', async () => {
    const saving = saveEntryOnto(
      { id: 'e1', title: 'Monday', body: 'I called my sponsor.' },
      undefined,
    );
    const opened = await getEntry('e1');
    expect(opened?.body).toBe('I called my sponsor.');
    expect(opened?.title).toBe('Monday');
    expect((await saving).copyId).toBeUndefined();
  });

  it('an entry opens with the latest of several saves still on their way', async () => {
    await saveEntry({ id: 'e2', body: 'First words.' });
    const saves = [
      saveEntry({ id: 'e2', body: 'First words. And more' }),
      saveEntry({ id: 'e2', body: 'First words. And more, then the last.' }),
    ];
    expect((await getEntry('e2'))?.body).toBe('First words. And more, then the last.');
    await Promise.all(saves);
  });

  it('an unsent letter opens with what was just typed', async () => {
    const saving = saveLetter({
      id: 'l1',
      recipient: 'Sam',
      sections: { sorry: 'I am sorry I missed your wedding.' },
    });
    expect((await getLetter('l1'))?.sections.sorry).toBe('I am sorry I missed your wedding.');
    await saving;
  });

  it('an amends item opens with the words of its first save, made by reading it and changing it', async () => {
    const saving = saveAmendsItem({
      id: 'a1',
      person: 'Sam',
      whatHappened: 'I missed his wedding.',
    });
    expect((await getAmendsItem('a1'))?.whatHappened).toBe('I missed his wedding.');
    await saving;
  });

  it('an emotion inventory finished at once after its first save is finished, not refused', async () => {
    const saving = saveEmotionInventory({
      id: 'i1',
      feelings: [{ feelingId: 'sad', intensity: 3 }],
    });
    await expect(finishEmotionInventory('i1')).resolves.toBeUndefined();
    await saving;
    expect((await getEmotionInventory('i1'))?.status).toBe('finished');
  });

  it('a change that reads its own record while deciding does not wait for itself', async () => {
    await saveAmendsItem({ id: 'a2', person: 'Kim', whatHappened: 'I lied.' });
    const amends = sealedTable<AmendsRow, AmendsItemFields>('amends', {
      empty: () => ({ person: '', whatHappened: '' }),
    });
    const changed = amends.update(
      'a2',
      async (current) => {
        const again = await amends.get('a2');
        return (
          current &&
          again && {
            row: current.row,
            fields: { ...current.fields, whatHappened: `${again.whatHappened} Twice.` },
          }
        );
      },
      { damaged: () => new Error('damaged') },
    );
    await expect(changed).resolves.toBe(true);
    expect((await getAmendsItem('a2'))?.whatHappened).toBe('I lied. Twice.');
  });

  it('a screen watching the entry sees the saved words first, and still follows later saves', async () => {
    const seen: (string | undefined)[] = [];
    const saving = saveEntry({ id: 'e3', body: 'Words typed just before leaving.' });
    const watching = liveQuery(() => getEntry('e3')).subscribe((entry) => seen.push(entry?.body));
    try {
      await saving;
      await expect.poll(() => seen).toEqual(['Words typed just before leaving.']);
      await saveEntry({ id: 'e3', body: 'Words typed after coming back.' });
      await expect.poll(() => seen.at(-1)).toBe('Words typed after coming back.');
    } finally {
      watching.unsubscribe();
    }
  });

  it('a failed save does not hold reads of the record back', async () => {
    const refused = saveEntry({ id: 'e4', body: 'x'.repeat(10_000_000) });
    await expect(refused).rejects.toThrow();
    expect(await getEntry('e4')).toBeUndefined();
  });
});
