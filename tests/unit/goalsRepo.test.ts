import { beforeEach, describe, expect, it } from 'vitest';
import { DeletedElsewhereError } from '../../src/lib/errors';
import { db } from '../../src/db/db';
import { goalProgress } from '../../src/features/today/goalProgress';
import {
  addVictory,
  deleteGoal,
  getGoal,
  listGoalLogs,
  logGoal,
  removeGoalLog,
  saveGoal,
  setGoalArchived,
} from '../../src/features/today/goalsRepo';
import { TodayInputError } from '../../src/features/today/inputError';
import { freshVault } from '../helpers/freshVault';

const noon = new Date(2026, 4, 10, 12, 0).getTime(); // Sunday 10 May 2026
const water = {
  name: 'Drink water',
  why: 'My head is clearer',
  measure: { kind: 'done' as const },
};

describe('goals repository', () => {
  beforeEach(freshVault);

  it('keeps a goal with no name as a draft, and makes it active once it has one', async () => {
    expect(await saveGoal('g1', { ...water, name: '' }, noon)).toBe(noon);
    expect((await db.goals.get('g1'))?.status).toBe('draft');
    await saveGoal('g1', water, noon + 1);
    expect((await db.goals.get('g1'))?.status).toBe('active');
    await saveGoal('g1', { ...water, name: '   ' }, noon + 2);
    expect((await db.goals.get('g1'))?.status).toBe('draft');
  });

  it('keeps nothing for a goal with no words at all', async () => {
    expect(await saveGoal('g1', { ...water, name: '', why: ' ' }, noon)).toBeUndefined();
    expect(await db.goals.count()).toBe(0);
  });

  it('seals the goal, its log notes and victories', async () => {
    await saveGoal('g1', water, noon);
    await logGoal('g1', '2026-05-10', 1, 'two litres by lunch', noon);
    await addVictory('g1', 'skipped the energy drink', '2026-05-09', noon);
    const disk = JSON.stringify([await db.goals.toArray(), await db.goalLogs.toArray()]);
    for (const word of ['Drink water', 'clearer', 'litres', 'energy drink']) {
      expect(disk).not.toContain(word);
    }
    expect((await db.goalLogs.toArray())[0]).toMatchObject({ goalId: 'g1', day: '2026-05-10' });
    const goal = await getGoal('g1');
    expect(goal?.victories).toEqual([
      { id: expect.any(String), day: '2026-05-09', text: 'skipped the energy drink' },
    ]);
    // Saving the name again keeps the victories.
    await saveGoal('g1', { ...water, why: 'Fewer headaches' }, noon + 1);
    expect((await getGoal('g1'))?.victories).toHaveLength(1);
  });

  it('validates logged values against the goal’s own measure', async () => {
    await saveGoal('done', water, noon);
    await saveGoal('scale', { ...water, measure: { kind: 'scale' } }, noon);
    await saveGoal('count', { ...water, measure: { kind: 'count', unit: 'glasses' } }, noon);
    const day = '2026-05-10';
    await expect(logGoal('done', day, 2, '', noon)).rejects.toThrow(TodayInputError);
    await expect(logGoal('scale', day, 11, '', noon)).rejects.toThrow('0 to 10');
    await expect(logGoal('scale', day, -1, '', noon)).rejects.toThrow(TodayInputError);
    await expect(logGoal('count', day, 1.5, '', noon)).rejects.toThrow(TodayInputError);
    await expect(logGoal('count', day, -3, '', noon)).rejects.toThrow(TodayInputError);
    expect(await db.goalLogs.count()).toBe(0);
    await logGoal('scale', day, 0, '', noon);
    await logGoal('count', day, 12, '', noon);
    expect((await listGoalLogs('count'))[0]?.value).toBe(12);
  });

  it('refuses a future day and a draft goal, and logs the same day once', async () => {
    await saveGoal('g1', water, noon);
    await expect(logGoal('g1', '2026-05-11', 1, '', noon)).rejects.toThrow('not come yet');
    await expect(addVictory('g1', 'later', '2026-05-11', noon)).rejects.toThrow('not come yet');
    await saveGoal('draft', { ...water, name: '' }, noon);
    await expect(logGoal('draft', '2026-05-10', 1, '', noon)).rejects.toThrow('name first');
    await logGoal('g1', '2026-05-10', 0, '', noon);
    await logGoal('g1', '2026-05-10', 1, '', noon + 1);
    expect((await listGoalLogs('g1')).map((l) => [l.day, l.value])).toEqual([['2026-05-10', 1]]);
    await removeGoalLog('g1', '2026-05-10');
    expect(await listGoalLogs('g1')).toEqual([]);
  });

  it('keeps the measure once a day is logged', async () => {
    await saveGoal('g1', water, noon);
    await saveGoal('g1', { ...water, measure: { kind: 'scale' } }, noon); // nothing logged yet
    await logGoal('g1', '2026-05-10', 5, '', noon);
    await expect(saveGoal('g1', { ...water, measure: { kind: 'count' } }, noon)).rejects.toThrow(
      'measure stays',
    );
    expect((await getGoal('g1'))?.measure.kind).toBe('scale');
  });

  it('archives and brings back a goal, keeping it named', async () => {
    await saveGoal('g1', water, noon);
    await setGoalArchived('g1', true, noon);
    await saveGoal('g1', { ...water, why: 'still true' }, noon);
    expect((await db.goals.get('g1'))?.status).toBe('archived');
    await setGoalArchived('g1', false, noon);
    expect((await db.goals.get('g1'))?.status).toBe('active');
  });

  it('deletes a goal for good with its log, and a late autosave does not bring it back', async () => {
    await saveGoal('g1', water, noon);
    await saveGoal('g2', { ...water, name: 'Walk' }, noon);
    await logGoal('g1', '2026-05-09', 1, 'felt good', noon);
    await logGoal('g1', '2026-05-10', 1, '', noon);
    await logGoal('g2', '2026-05-10', 1, '', noon);
    await addVictory('g1', 'A whole week', '2026-05-10', noon);

    await deleteGoal('g1');
    expect(await db.goals.get('g1')).toBeUndefined();
    expect(await listGoalLogs('g1')).toEqual([]);
    expect(await db.goalLogs.count()).toBe(1);
    // The editor that was open sends its last words as it closes.
    await expect(saveGoal('g1', { ...water, why: 'one more edit' }, noon + 1)).rejects.toThrow(
      DeletedElsewhereError,
    );
    expect(await db.goals.get('g1')).toBeUndefined();
    expect((await getGoal('g2'))?.name).toBe('Walk');
  });
});

describe('goal progress', () => {
  it('shows the last seven days with the numbers in words, and no streak', () => {
    const logs = [
      { day: '2026-05-04', value: 1 },
      { day: '2026-05-05', value: 1 },
      { day: '2026-05-07', value: 0 },
      { day: '2026-05-10', value: 1 },
    ];
    const progress = goalProgress({ kind: 'done' }, logs, '2026-05-10');
    expect(progress.days.map((d) => d.day)).toEqual([
      '2026-05-04',
      '2026-05-05',
      '2026-05-06',
      '2026-05-07',
      '2026-05-08',
      '2026-05-09',
      '2026-05-10',
    ]);
    expect(progress.days.map((d) => d.text)).toEqual([
      'done',
      'done',
      'not logged',
      'not this day',
      'not logged',
      'not logged',
      'done',
    ]);
    expect(progress.summary).toBe('Done on 3 of the last 7 days; logged on 4 days.');
  });

  it('averages a scale and totals a count', () => {
    const logs = [
      { day: '2026-05-09', value: 4 },
      { day: '2026-05-10', value: 7 },
    ];
    expect(goalProgress({ kind: 'scale' }, logs, '2026-05-10').summary).toBe(
      'Logged on 2 days of the last 7 days; on average 5.5 of 10.',
    );
    const count = goalProgress({ kind: 'count', unit: 'pages' }, logs, '2026-05-10');
    expect(count.summary).toBe('11 pages in the last 7 days, logged on 2 days.');
    expect(count.max).toBe(7);
    expect(goalProgress({ kind: 'count' }, [], '2026-05-10').summary).toBe(
      'Nothing logged in the last 7 days yet.',
    );
  });
});
