import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { dayKey, timeOfDay } from '../../src/lib/dates';
import {
  EntryInputError,
  getEntry,
  listEntries,
  listEntryMeta,
  saveEntry,
  saveEntryOnto,
} from '../../src/features/journal/journalRepo';
import { freshVault } from '../helpers/freshVault';

const evening = new Date(2026, 10, 21, 21, 15).getTime();

describe("an entry's date", () => {
  beforeEach(freshVault);

  it('writes a new entry on the day chosen, at the time it was written', async () => {
    await saveEntry({ id: 'e1', body: 'The day of the interview.', day: '2026-11-02' }, evening);
    const row = await db.entries.get('e1');
    expect(row?.day).toBe('2026-11-02');
    expect(dayKey(row!.created)).toBe('2026-11-02');
    expect(timeOfDay(row!.created)).toBe('21:15');
    expect(row?.updated).toBe(evening);
    // The day is metadata in the clear, as the calendar needs it; the words stay sealed.
    expect(JSON.stringify(row)).not.toContain('interview');
  });

  it('moves an entry to another day with its time of day, and the list follows', async () => {
    const morning = new Date(2026, 10, 20, 8, 30).getTime();
    await saveEntry({ id: 'older', body: 'Written on the 20th.' }, morning);
    await saveEntry({ id: 'moved', body: 'Written on the 21st.' }, evening);
    expect((await listEntries()).map((e) => e.id)).toEqual(['moved', 'older']);

    const later = evening + 60_000;
    await saveEntryOnto(
      { id: 'moved', body: 'Written on the 21st.', day: '2026-11-19' },
      evening,
      later,
    );
    const moved = await getEntry('moved');
    expect(moved?.day).toBe('2026-11-19');
    expect(timeOfDay(moved!.created)).toBe('21:15');
    expect(dayKey(moved!.created)).toBe('2026-11-19');
    // Newest first by the day it now belongs to, and on that day in the calendar's layout.
    expect((await listEntries()).map((e) => e.id)).toEqual(['older', 'moved']);
    expect((await listEntryMeta()).find((m) => m.id === 'moved')?.day).toBe('2026-11-19');

    // Saved again without a day, it stays where the person put it.
    await saveEntry({ id: 'moved', body: 'Written on the 21st, and more.' }, later + 1);
    expect((await db.entries.get('moved'))?.day).toBe('2026-11-19');
  });

  it('moves an entry onto today no later than now', async () => {
    const lateYesterday = new Date(2026, 10, 20, 23, 40).getTime();
    await saveEntry({ id: 'e1', body: 'Late.' }, lateYesterday);
    await saveEntry({ id: 'e1', body: 'Late.', day: '2026-11-21' }, evening);
    expect(await db.entries.get('e1')).toMatchObject({ day: '2026-11-21', created: evening });
  });

  it('refuses a day still to come or not on the calendar, and keeps the entry as it was', async () => {
    await saveEntry({ id: 'e1', body: 'Here.' }, evening);
    for (const day of ['2026-11-22', '2026-02-30', '21/11/2026', '']) {
      await expect(saveEntry({ id: 'e1', body: 'Moved?', day }, evening)).rejects.toBeInstanceOf(
        EntryInputError,
      );
    }
    await expect(
      saveEntry({ id: 'e1', body: 'Moved?', day: '2026-11-22' }, evening),
    ).rejects.toThrow('That day has not come yet. Choose today or a day before it.');
    expect(await getEntry('e1')).toMatchObject({
      body: 'Here.',
      day: '2026-11-21',
      created: evening,
    });
  });
});
