import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { recoveryCount } from '../../src/features/today/recoveryCount';
import {
  getRecovery,
  isRecoveryOn,
  noteSlip,
  removeSlip,
  setRecoveryOn,
  setRecoveryStart,
} from '../../src/features/today/recoveryRepo';
import { freshVault } from '../helpers/freshVault';

const noon = new Date(2026, 9, 25, 12, 0).getTime(); // 25 October 2026, the clocks go back

describe('recovery days repository', () => {
  beforeEach(freshVault);

  it('is off until turned on, and keeps its dates when turned off again', async () => {
    expect(await isRecoveryOn()).toBe(false);
    await setRecoveryOn(true);
    await setRecoveryStart('2026-10-01', noon);
    await setRecoveryOn(false);
    expect(await isRecoveryOn()).toBe(false);
    expect((await getRecovery())?.start).toBe('2026-10-01');
  });

  it('seals the start date, slips and notes in one document', async () => {
    await setRecoveryStart('2026-10-01', noon);
    await noteSlip('2026-10-20', 'a hard evening after the phone call', noon);
    const rows = await db.documents.toArray();
    expect(rows.map((r) => r.id)).toEqual(['recovery-days']);
    const disk = JSON.stringify(rows);
    for (const word of ['2026-10-01', '2026-10-20', 'hard evening', 'phone call']) {
      expect(disk).not.toContain(word);
    }
  });

  it('refuses future days and slips before the start', async () => {
    await expect(setRecoveryStart('2026-10-26', noon)).rejects.toThrow('not come yet');
    await expect(noteSlip('2026-10-20', '', noon)).rejects.toThrow('began first');
    await setRecoveryStart('2026-10-10', noon);
    await expect(noteSlip('2026-10-09', '', noon)).rejects.toThrow('before the day');
    await expect(noteSlip('2026-10-26', '', noon)).rejects.toThrow('not come yet');
    expect((await getRecovery())?.slips).toEqual([]);
  });

  it('keeps every change in the history, and a day noted twice only once', async () => {
    await setRecoveryStart('2026-10-01', noon);
    await setRecoveryStart('2026-09-01', noon + 1);
    await noteSlip('2026-10-20', '', noon + 2);
    await noteSlip('2026-10-20', 'after the call', noon + 3);
    await removeSlip('2026-10-20', noon + 4);
    const recovery = await getRecovery();
    expect(recovery?.slips).toEqual([]);
    expect(recovery?.history.map((e) => [e.kind, e.day])).toEqual([
      ['start', '2026-10-01'],
      ['start', '2026-09-01'],
      ['slip', '2026-10-20'],
      ['slip-removed', '2026-10-20'],
    ]);
  });
});

describe('recovery count', () => {
  it('counts days lived in recovery in total, a slip taking only its own day', () => {
    expect(recoveryCount('2026-10-25', [], '2026-10-25')).toEqual({
      since: 1,
      slipDays: 0,
      total: 1,
    });
    // Across the clocks going back on 25 October: still whole calendar days.
    expect(recoveryCount('2026-10-01', [], '2026-10-31').total).toBe(31);
    const slips = [{ day: '2026-10-20' }, { day: '2026-10-20' }, { day: '2026-09-01' }];
    expect(recoveryCount('2026-10-01', slips, '2026-10-31')).toEqual({
      since: 31,
      slipDays: 1,
      total: 30,
    });
  });
});
