import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import {
  getAccountability,
  saveAccountability,
} from '../../src/features/amends/accountabilityRepo';
import {
  addCheckin,
  addCommitment,
  getSelfForgiveness,
  listCheckins,
  listCommitments,
  removeCommitment,
  saveSelfForgiveness,
} from '../../src/features/amends/selfAmendsRepo';
import { freshVault } from '../helpers/freshVault';

const monday = new Date(2026, 5, 1, 8, 0).getTime();
const tuesday = new Date(2026, 5, 2, 22, 0).getTime();

function docText(row: unknown): string {
  const data = (row as { sealed: { data: ArrayBuffer } }).sealed.data;
  return JSON.stringify(row) + new TextDecoder().decode(new Uint8Array(data));
}

describe('amends to myself', () => {
  beforeEach(freshVault);

  it('keeps forgiving words sealed and keeps nothing blank', async () => {
    expect(await saveSelfForgiveness({ coped: ' ' }, monday)).toBeUndefined();
    expect(await getSelfForgiveness()).toBeUndefined();
    await saveSelfForgiveness({ coped: 'I drank to sleep', forgive: 'Being scared' }, monday);
    expect(docText(await db.documents.get('self-amends'))).not.toContain('drank');
    expect(await getSelfForgiveness()).toEqual({
      fields: { coped: 'I drank to sleep', forgive: 'Being scared', need: '' },
      updated: monday,
    });
  });

  it('keeps commitments of care and a check-in log, newest first, and lets one go entirely', async () => {
    await expect(addCommitment({ area: 'rest', promise: '  ' })).rejects.toThrow(
      'Write a few words',
    );
    await expect(addCommitment({ area: 'sleep' as never, promise: 'Bed' })).rejects.toThrow(
      'Choose one of the kinds of care.',
    );
    const rest = await addCommitment({ area: 'rest', promise: 'In bed by eleven' }, monday);
    const body = await addCommitment({ area: 'body', promise: 'A walk' }, tuesday);
    expect((await listCommitments()).map((c) => c.promise)).toEqual(['In bed by eleven', 'A walk']);

    await addCheckin({ commitmentId: rest, how: 'partly', note: 'Midnight' }, monday);
    await addCheckin({ commitmentId: rest, how: 'kept' }, tuesday);
    await addCheckin({ commitmentId: body, how: 'not-this-time' }, tuesday);
    await expect(addCheckin({ commitmentId: rest, how: 'failed' as never })).rejects.toThrow(
      'Choose how it went.',
    );
    const log = await listCheckins(rest);
    expect(log.map((entry) => [entry.day, entry.how, entry.note])).toEqual([
      ['2026-06-02', 'kept', ''],
      ['2026-06-01', 'partly', 'Midnight'],
    ]);
    for (const row of await db.documents.toArray()) {
      expect(docText(row)).not.toContain('Midnight');
      expect(docText(row)).not.toContain('eleven');
    }

    await removeCommitment(rest);
    expect((await listCommitments()).map((c) => c.id)).toEqual([body]);
    expect(await listCheckins()).toHaveLength(1);
    await expect(addCheckin({ commitmentId: rest, how: 'kept' })).rejects.toThrow('not here');
  });

  it('keeps the accountability worksheet sealed', async () => {
    await saveAccountability({ values: 'Honesty', boundaries: 'No yelling' }, monday);
    expect(docText(await db.documents.get('accountability'))).not.toContain('yelling');
    expect(await getAccountability()).toEqual({
      fields: { values: 'Honesty', boundaries: 'No yelling', keeping: '', repair: '' },
      updated: monday,
    });
  });
});
