import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import {
  emptyCheckin,
  getCheckin,
  listCheckinDays,
  listCheckins,
  saveCheckin,
  type CheckinFields,
} from '../../src/features/today/checkinRepo';
import { TodayInputError } from '../../src/features/today/inputError';
import { freshVault } from '../helpers/freshVault';

// Tests run in Europe/London (vitest.config.ts); 23:30 on 28 March is the night the clocks change.
const evening = new Date(2026, 2, 28, 23, 30).getTime();
const hour = 3600 * 1000;

function full(): CheckinFields {
  return {
    mood: 2,
    halt: { hungry: false, angry: true, lonely: true, tired: false },
    craving: 7,
    triggers: 'passing the corner shop',
    gratitude: ['my sister', 'warm soup', ''],
    win: 'went to the meeting',
    review: {
      wentWell: 'called my sponsor',
      hurt: 'snapped at a colleague',
      differently: 'take a breath first',
      setRight: 'apologise tomorrow',
    },
  };
}

describe('check-in repository', () => {
  beforeEach(freshVault);

  it('keeps one check-in per day, sealed, with the day in the clear', async () => {
    expect(await saveCheckin('2026-03-28', full(), evening)).toBe(evening);
    const rows = await db.checkins.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.day).toBe('2026-03-28');
    const onDisk = JSON.stringify(rows[0]);
    for (const word of ['corner shop', 'sister', 'soup', 'meeting', 'sponsor', 'colleague']) {
      expect(onDisk).not.toContain(word);
    }
    const opened = await getCheckin('2026-03-28');
    expect(opened).toMatchObject({ ...full(), day: '2026-03-28', created: evening });
  });

  it('does not keep a blank check-in', async () => {
    expect(await saveCheckin('2026-03-28', emptyCheckin(), evening)).toBeUndefined();
    expect(await db.checkins.count()).toBe(0);
  });

  it('keeps a check-in on its own day when it is edited after midnight or days later', async () => {
    await saveCheckin('2026-03-28', full(), evening);
    const nextMorning = evening + 2 * hour; // 02:30 the next day, after the clocks went forward
    await saveCheckin('2026-03-28', { ...full(), win: 'slept well' }, nextMorning);
    const weekLater = evening + 7 * 24 * hour;
    await saveCheckin('2026-03-28', { ...full(), mood: 4 }, weekLater);
    expect(await listCheckinDays()).toEqual(['2026-03-28']);
    const opened = await getCheckin('2026-03-28');
    expect(opened).toMatchObject({ day: '2026-03-28', created: evening, updated: weekLater });
    expect(opened?.mood).toBe(4);
  });

  it('refuses a day that has not come yet, and one that is not a date', async () => {
    await expect(saveCheckin('2026-03-29', full(), evening)).rejects.toThrow(
      'That day has not come yet',
    );
    await expect(saveCheckin('2026-02-30', full(), evening)).rejects.toThrow(TodayInputError);
    await expect(saveCheckin('yesterday', full(), evening)).rejects.toThrow(TodayInputError);
    expect(await db.checkins.count()).toBe(0);
  });

  it('refuses values outside their ranges', async () => {
    const bad: Partial<CheckinFields>[] = [
      { craving: 11 },
      { craving: -1 },
      { craving: 2.5 },
      { mood: 0 },
      { mood: 6 },
      { gratitude: ['a', 'b', 'c', 'd'] },
      { halt: { hungry: 'yes' } as unknown as CheckinFields['halt'] },
      { win: 'x'.repeat(20_001) },
    ];
    for (const patch of bad) {
      await expect(saveCheckin('2026-03-28', { ...full(), ...patch }, evening)).rejects.toThrow(
        TodayInputError,
      );
    }
    expect(await db.checkins.count()).toBe(0);
    await saveCheckin('2026-03-28', { ...full(), craving: 0 }, evening);
    expect((await getCheckin('2026-03-28'))?.craving).toBe(0);
  });

  it('lists check-ins newest day first', async () => {
    await saveCheckin('2026-03-20', { ...emptyCheckin(), win: 'one' }, evening);
    await saveCheckin('2026-03-27', { ...emptyCheckin(), win: 'two' }, evening);
    await saveCheckin('2026-03-24', { ...emptyCheckin(), win: 'three' }, evening);
    expect((await listCheckins()).map((c) => c.win)).toEqual(['two', 'three', 'one']);
  });
});
