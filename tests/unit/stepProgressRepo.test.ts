import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import type { StepStatus } from '../../src/db/types';
import {
  getProgress,
  listProgress,
  listStatuses,
  MAX_NOTE_CHARS,
  StepProgressInputError,
} from '../../src/features/steps/stepProgressRepo';
import { setNote, setStatus } from '../../src/features/steps/stepProgressWrites';
import { freshVault } from '../helpers/freshVault';

const noon = new Date(2026, 10, 21, 12, 0).getTime();
const day = 24 * 3600 * 1000;

describe('step progress repository', () => {
  beforeEach(freshVault);

  it('has nothing recorded on a step the person has not touched', async () => {
    expect(await getProgress(3)).toBeUndefined();
    expect(await listProgress()).toEqual([]);
  });

  it('appends each change of status with its date, keeping the status clear for queries', async () => {
    await setStatus(4, 'working', noon);
    await setStatus(4, 'complete', noon + day);
    await setStatus(4, 'revisiting', noon + 2 * day);

    const row = await db.stepProgress.get('step-4');
    expect(row).toMatchObject({
      id: 'step-4',
      step: 4,
      status: 'revisiting',
      created: noon,
      updated: noon + 2 * day,
    });
    expect(await getProgress(4)).toMatchObject({
      step: 4,
      status: 'revisiting',
      history: [
        { status: 'working', at: noon },
        { status: 'complete', at: noon + day },
        { status: 'revisiting', at: noon + 2 * day },
      ],
    });
  });

  it('changes nothing when the status chosen is the one the step already has', async () => {
    await setStatus(2, 'not-started', noon);
    expect(await db.stepProgress.count()).toBe(0);

    await setStatus(2, 'working', noon);
    const before = await db.stepProgress.get('step-2');
    await setStatus(2, 'working', noon + day);
    const after = await db.stepProgress.get('step-2');
    expect(after?.updated).toBe(noon);
    expect(after?.sealed.iv).toEqual(before?.sealed.iv);
    expect((await getProgress(2))?.history).toHaveLength(1);
  });

  it('refuses a step outside 1–12, an unknown status or a missing time, with a plain message', async () => {
    for (const step of [0, 13, -1, 1.5, Number.NaN]) {
      await expect(setStatus(step, 'working', noon)).rejects.toThrow(
        new StepProgressInputError('A step is a number from 1 to 12.'),
      );
    }
    await expect(setStatus(1, 'done' as StepStatus, noon)).rejects.toThrow(
      'A step can be not started, working on it, revisiting, or feels complete.',
    );
    await expect(setStatus(1, 'working', Number.NaN)).rejects.toThrow('A change needs a time.');
    await expect(getProgress(99)).rejects.toBeInstanceOf(StepProgressInputError);
    expect(await db.stepProgress.count()).toBe(0);
  });

  it('keeps the history and the note sealed: they never appear in the stored row', async () => {
    const secret = 'Told my sponsor about the car park';
    await setStatus(5, 'working', noon);
    await setStatus(5, 'revisiting', noon + day);
    await setNote(5, secret, noon + 2 * day);
    const row = await db.stepProgress.get('step-5');
    expect(Object.keys(row ?? {}).sort()).toEqual([
      'created',
      'id',
      'sealed',
      'status',
      'step',
      'updated',
    ]);
    const json = JSON.stringify(row);
    expect(json).not.toContain('sponsor');
    expect(json).not.toContain('history');
    // Only the current status and the record's own times are clear; earlier changes are sealed.
    expect(json).toContain('"status":"revisiting"');
    expect(json).not.toContain('working');
    expect(json).not.toContain(String(noon + day));
    expect(await getProgress(5)).toMatchObject({
      status: 'revisiting',
      note: secret,
      history: [
        { status: 'working', at: noon },
        { status: 'revisiting', at: noon + day },
      ],
    });
  });

  it('keeps a short note beside the status, and an empty note removes it', async () => {
    await setNote(6, '  one day at a time  ', noon);
    expect(await getProgress(6)).toMatchObject({
      status: 'not-started',
      history: [],
      note: 'one day at a time',
    });
    await setStatus(6, 'working', noon + 1);
    expect((await getProgress(6))?.note).toBe('one day at a time');
    await setNote(6, '', noon + 2);
    expect((await getProgress(6))?.note).toBeUndefined();
    await expect(setNote(6, 'x'.repeat(MAX_NOTE_CHARS + 1), noon)).rejects.toThrow(
      /up to 500 characters/,
    );
  });

  it('lists progress in step order, and statuses without opening anything', async () => {
    await setStatus(9, 'working', noon);
    await setStatus(1, 'complete', noon);
    await setStatus(4, 'revisiting', noon);
    expect((await listProgress()).map((p) => [p.step, p.status])).toEqual([
      [1, 'complete'],
      [4, 'revisiting'],
      [9, 'working'],
    ]);
    expect(await listStatuses()).toEqual(
      new Map([
        [1, 'complete'],
        [4, 'revisiting'],
        [9, 'working'],
      ]),
    );
  });

  it('loses no change when two are made at once', async () => {
    await Promise.all([
      setStatus(7, 'working', noon),
      setNote(7, 'asking for help is strength', noon + 1),
    ]);
    expect(await getProgress(7)).toMatchObject({
      status: 'working',
      note: 'asking for help is strength',
      history: [{ status: 'working', at: noon }],
    });
  });

  it('shows a damaged history as unreadable and refuses to write over it', async () => {
    await setStatus(3, 'working', noon);
    const row = await db.stepProgress.get('step-3');
    const data = new Uint8Array(row!.sealed.data.slice(0));
    data[0] = (data[0] ?? 0) ^ 0xff;
    await db.stepProgress.update('step-3', { sealed: { iv: row!.sealed.iv, data: data.buffer } });

    expect(await getProgress(3)).toMatchObject({
      status: 'working',
      history: [],
      unreadable: true,
    });
    await expect(setStatus(3, 'complete', noon + day)).rejects.toThrow(/could not be opened/);
    expect((await db.stepProgress.get('step-3'))?.status).toBe('working');
  });
});
