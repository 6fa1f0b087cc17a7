import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { applyImport, planImport } from '../../../src/features/backup/importRepo';
import { exportBackup } from '../../../src/features/backup/exportBackup';
import { BACKUP_TABLES, type BackupDocument } from '../../../src/features/backup/format';
import { parseBackupText } from '../../../src/features/backup/parseBackup';
import { setSetting, getSetting } from '../../../src/core/settingsRepo';
import { useVaultStore } from '../../../src/core/vaultStore';
import { freshVault } from '../../helpers/freshVault';
import { readRecords, seedRecords } from '../../helpers/journalRecords';
import { sampleJournal } from './sampleJournal';

async function exported(): Promise<BackupDocument> {
  const parsed = parseBackupText((await exportBackup()).text);
  if (parsed.encrypted) throw new Error('expected plain');
  return parsed.document;
}

beforeEach(freshVault);

describe('bringing a backup into a journal that already has words', () => {
  it('skips identical records, adds new ones, and by default leaves every different one as it is here', async () => {
    await seedRecords(sampleJournal());
    await setSetting('crisisLinesHidden', true);
    await setSetting('unlockAttempts', { failures: 2, lastFailureAt: 1 });
    const file = await exported();
    expect(file.journal.settings).toEqual([{ key: 'crisisLinesHidden', value: true }]);

    // The same words on both sides: nothing to add, nothing to choose.
    const same = await planImport(file.journal);
    expect(same.additions).toEqual([]);
    expect(same.conflicts).toEqual([]);
    expect(same.settings).toEqual([]);
    expect(same.tables.entries).toMatchObject({ total: 2, identical: 2, added: 0, conflicting: 0 });

    // The file's amends item and its letter differ from this device; its check-in is newer.
    const journal = structuredClone(file.journal);
    journal.amends[0]!.fields = { person: 'A, written on the other phone' };
    journal.checkins[0]!.fields = { mood: 5 };
    journal.checkins[0]!.id = 'other-device-checkin';
    journal.checkins[0]!.updated += 1000;
    journal.letters[0]!.fields = { body: 'Dear, again' };
    journal.entries.push({ ...journal.entries[0]!, id: 'e-new', fields: { body: 'new' } });
    const before = await readRecords(BACKUP_TABLES);
    const plan = await planImport(journal);
    expect(plan.tables.amends).toMatchObject({ conflicting: 1 });
    expect(plan.tables.checkins).toMatchObject({ conflicting: 1 });
    expect(plan.tables.entries).toMatchObject({ added: 1, identical: 2 });
    const result = await applyImport(journal, 'merge', plan);

    expect(result).toMatchObject({ added: 1, sideBySide: 0, replaced: 0, kept: 3 });
    const after = await readRecords(BACKUP_TABLES);
    expect(after.entries!.map((e) => e.id)).toEqual(['e-new', 'e1', 'e2']);
    expect({ ...after, entries: before.entries }).toEqual(before);
    expect(await getSetting('unlockAttempts')).toEqual({ failures: 2, lastFailureAt: 1 });
  });

  it('replaces everything but the keys and this device’s own settings, in one go', async () => {
    await seedRecords(sampleJournal());
    const file = await exported();
    await db.entries.put({ ...(await db.entries.get('e1'))!, id: 'only-here' });
    await setSetting('crisisLinesHidden', true);
    await setSetting('lastBackupAt', 5);
    const keys = await db.keys.toArray();
    const plan = await planImport(file.journal);
    await applyImport(file.journal, 'replace', plan);
    expect((await db.entries.toCollection().primaryKeys()).sort()).toEqual(['e1', 'e2']);
    // Settings are this device's until the person ticks one: the file has none, so none change.
    expect(await getSetting('crisisLinesHidden')).toBe(true);
    expect(await getSetting('lastBackupAt')).toBe(5);
    expect(await db.keys.toArray()).toEqual(keys);
  });

  it('says so when the journal locks before the import is written', async () => {
    await seedRecords(sampleJournal());
    const file = await exported();
    await freshVault();
    const plan = await planImport(file.journal);
    useVaultStore.setState({ status: 'locked' }, true);
    await expect(applyImport(file.journal, 'replace', plan)).rejects.toMatchObject({
      kind: 'locked',
    });
    expect(await db.entries.count()).toBe(0);
  });

  it('writes nothing when the transaction fails part-way', async () => {
    await seedRecords(sampleJournal());
    const file = await exported();
    await freshVault();
    const plan = await planImport(file.journal);
    // Another tab writes a record with one of the file's ids between preview and import.
    await seedRecords({
      goals: [{ id: 'g1', created: 1, updated: 1, status: 'draft', fields: {} }],
    });
    await expect(applyImport(file.journal, 'merge', plan)).rejects.toMatchObject({
      kind: 'changed',
    });
    expect(await db.entries.count()).toBe(0);
    expect(await db.goals.count()).toBe(1);
  });
});
