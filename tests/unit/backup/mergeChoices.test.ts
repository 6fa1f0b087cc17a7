import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { exportBackup } from '../../../src/features/backup/exportBackup';
import { BACKUP_TABLES, type BackupJournal } from '../../../src/features/backup/format';
import { applyImport, planImport } from '../../../src/features/backup/importRepo';
import { parseBackupText } from '../../../src/features/backup/parseBackup';
import { freshVault } from '../../helpers/freshVault';
import {
  readRecords,
  seedRecords,
  snapshotDb,
  type PlainJournal,
} from '../../helpers/journalRecords';
import { sampleJournal } from './sampleJournal';

// A file whose every record shares an identity with one here but has other words: what a merge
// does with each is the person's choice, and by default nothing here changes.

const T = Date.UTC(2026, 0, 10, 20);
const doc = (id: string, fields: Record<string, unknown>) => ({
  id,
  created: T,
  updated: T,
  fields,
});

/** The sample journal plus every document the app keeps: the ones that exist once and the
 * ones kept one per record (letters to myself, commitments of care and their check-ins). */
function thisPhone(): PlainJournal {
  const journal = sampleJournal();
  journal.documents = [
    doc('safety-plan', { steps: ['breathe'] }),
    doc('recovery-days', { start: '2025-06-01', history: [] }),
    doc('custom-feelings', { words: [{ id: 'own-1', word: 'tender' }] }),
    doc('self-amends', { coped: 'I coped', forgive: '', need: '' }),
    doc('accountability', { values: 'kind' }),
    doc('letter-to-myself:1', { body: 'Dear me' }),
    doc('self-care:1', { area: 'rest', promise: 'Sleep by eleven' }),
    doc('self-care-log:1', { commitmentId: 'self-care:1', day: '2026-01-10', how: 'kept' }),
  ];
  return journal;
}

const ONCE_ONLY = [
  'stepProgress:step:4',
  'checkins:day:2026-01-10',
  'goalLogs:log:g1|2026-01-10',
  'documents:id:safety-plan',
  'documents:id:recovery-days',
  'documents:id:custom-feelings',
  'documents:id:self-amends',
  'documents:id:accountability',
];

let here: PlainJournal;
let file: BackupJournal;

/** The other phone's file: every record rewritten there later, check-in, step and goal log
 * under that phone's own ids. */
async function otherPhonesFile(): Promise<BackupJournal> {
  const parsed = parseBackupText((await exportBackup()).text);
  if (parsed.encrypted) throw new Error('expected plain');
  const journal = structuredClone(parsed.document.journal);
  for (const table of BACKUP_TABLES) {
    for (const record of journal[table]) {
      record.fields = { ...(record.fields as object), other: 'written on the other phone' };
      record.updated += 1000;
    }
  }
  journal.checkins[0]!.id = 'other-phone-checkin';
  journal.stepProgress[0]!.id = 'other-phone-step';
  journal.goalLogs[0]!.id = 'other-phone-log';
  return journal;
}

beforeEach(async () => {
  await freshVault();
  await seedRecords(thisPhone());
  here = await readRecords(BACKUP_TABLES);
  file = await otherPhonesFile();
});

const recordCount = (journal: PlainJournal) =>
  Object.values(journal).reduce((sum, records) => sum + records.length, 0);

describe('a merge where every record differs', () => {
  it('names each difference by kind and date, never by its words, and lists every once-only kind', async () => {
    const plan = await planImport(file);
    expect(plan.conflicts).toHaveLength(recordCount(here));
    expect(plan.additions).toEqual([]);
    const keys = plan.conflicts.map((c) => c.key);
    expect(keys).toEqual(expect.arrayContaining(ONCE_ONLY));
    for (const key of ONCE_ONLY) {
      expect(plan.conflicts.find((c) => c.key === key)!.allowsTwo, key).toBe(false);
    }
    const labels = plan.conflicts.map((c) => c.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Your safety plan',
        'Recovery days',
        'Your own feeling words',
        'Your check-in for 10 January 2026',
        'Your progress on step 4',
        'A letter to yourself, 10 January 2026',
        'A commitment of care, 10 January 2026',
        'A journal entry, 10 January 2026',
      ]),
    );
    expect(labels.join(' ')).not.toMatch(/other phone|Dear|Sleep|sponsor|breathe/);
  });

  it('replaces nothing and adds nothing when the person chooses nothing', async () => {
    const before = await snapshotDb();
    const plan = await planImport(file);
    const result = await applyImport(file, 'merge', plan);
    expect(await snapshotDb()).toBe(before);
    expect(result).toMatchObject({ added: 0, sideBySide: 0, replaced: 0, kept: recordCount(here) });
  });

  it('takes the newer version where chosen, under this device’s id, and counts it as replaced', async () => {
    file.entries[1]!.updated = here.entries![1]!.updated as number; // not newer: stays
    const plan = await planImport(file);
    const result = await applyImport(file, 'merge', plan, { all: 'newer' });
    expect(result).toMatchObject({ added: 0, replaced: recordCount(here) - 1, kept: 1 });
    const after = await readRecords(BACKUP_TABLES);
    expect(after.checkins).toEqual([
      expect.objectContaining({
        id: 'k1',
        fields: expect.objectContaining({ other: expect.any(String) }),
      }),
    ]);
    expect(after.stepProgress!.map((r) => r.id)).toEqual(['step-4']);
    expect(after.goalLogs!.map((r) => r.id)).toEqual(['gl1']);
    for (const record of after.documents!) {
      expect(record.fields, record.id).toMatchObject({ other: 'written on the other phone' });
    }
    expect(after.entries![1]!.fields).toEqual(here.entries![1]!.fields);
  });

  it('takes only the one record the person picked', async () => {
    const plan = await planImport(file);
    const result = await applyImport(file, 'merge', plan, {
      records: { 'documents:id:safety-plan': 'newer' },
    });
    expect(result).toMatchObject({ replaced: 1, kept: recordCount(here) - 1 });
    const after = await readRecords(BACKUP_TABLES);
    const changed = after.documents!.filter((d) => 'other' in (d.fields as object));
    expect(changed.map((d) => d.id)).toEqual(['safety-plan']);
    expect({ ...after, documents: here.documents }).toEqual(here);
  });

  it('keeps both side by side where a kind can hold two, links following the copies', async () => {
    const plan = await planImport(file);
    const twoAllowed = plan.conflicts.filter((c) => c.allowsTwo).length;
    const result = await applyImport(file, 'merge', plan, { all: 'both' });
    expect(result).toMatchObject({ sideBySide: twoAllowed, replaced: 0, kept: ONCE_ONLY.length });
    const after = await readRecords(BACKUP_TABLES);
    for (const table of BACKUP_TABLES) {
      for (const record of here[table]!) {
        expect(after[table], `${table} ${record.id}`).toContainEqual(record);
      }
    }
    expect(after.entries).toHaveLength(4);
    const amendsCopy = after.amends!.find((a) => a.id !== 'a1')!;
    const itemCopy = after.inventoryItems!.find((r) => r.id !== 'r1')!;
    expect(amendsCopy.inventoryItemId).toBe(itemCopy.id);
    const letterCopy = after.letters!.find((l) => l.amendsId === amendsCopy.id);
    expect(letterCopy?.fields).toMatchObject({ other: 'written on the other phone' });
    const ids = after.documents!.map((d) => d.id);
    expect(ids.filter((id) => id.startsWith('letter-to-myself:'))).toHaveLength(2);
    const careCopy = after.documents!.find(
      (d) => d.id.startsWith('self-care:') && d.id !== 'self-care:1',
    )!;
    const logCopy = after.documents!.find(
      (d) => d.id.startsWith('self-care-log:') && d.id !== 'self-care-log:1',
    )!;
    expect(logCopy.fields).toMatchObject({ commitmentId: careCopy.id });
    expect(after.checkins).toEqual(here.checkins);
    expect(after.documents!.find((d) => d.id === 'safety-plan')).toEqual(
      here.documents!.find((d) => d.id === 'safety-plan'),
    );
  });

  it('writes nothing when a record chosen for replacing was changed after the preview', async () => {
    const plan = await planImport(file);
    await db.documents.update('safety-plan', { updated: T + 5 }); // another tab saved it
    const before = await snapshotDb();
    await expect(applyImport(file, 'merge', plan, { all: 'newer' })).rejects.toMatchObject({
      kind: 'changed',
    });
    expect(await snapshotDb()).toBe(before);
  });

  it('adds a check-in for a new day even when its id is one this device uses for another day', async () => {
    const journal = structuredClone(file);
    journal.checkins.push({ ...journal.checkins[0]!, id: 'k1', day: '2026-01-12' });
    const plan = await planImport(journal);
    const result = await applyImport(journal, 'merge', plan);
    expect(result.added).toBe(1);
    const days = (await readRecords(['checkins'])).checkins!.map((c) => c.day).sort();
    expect(days).toEqual(['2026-01-10', '2026-01-12']);
  });

  it('refuses a file with two logs for one goal on one day, which could not both be read', () => {
    const text = JSON.stringify({
      format: 'stepwork-backup',
      version: 1,
      exportedAt: T,
      schema: 1,
      encrypted: false,
      journal: { ...file, goalLogs: [file.goalLogs[0]!, { ...file.goalLogs[0]!, id: 'gl2' }] },
    });
    expect(() => parseBackupText(text)).toThrow(
      'The problem is here: Goal notes: two records for one goal on 2026-01-10.',
    );
  });
});
