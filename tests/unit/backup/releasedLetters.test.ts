import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import {
  finishLetter,
  listLetters,
  releaseLetter,
  saveLetter,
} from '../../../src/features/amends/lettersRepo';
import { countRecords } from '../../../src/features/backup/backupRepo';
import { exportBackup } from '../../../src/features/backup/exportBackup';
import { BACKUP_TABLES, type BackupDocument } from '../../../src/features/backup/format';
import { applyImport, planImport } from '../../../src/features/backup/importRepo';
import { parseBackupText } from '../../../src/features/backup/parseBackup';
import { sealFields } from '../../../src/core/sealing';
import { setSetting } from '../../../src/core/settingsRepo';
import { saveEntry } from '../../../src/features/journal/journalRepo';
import { freshVault } from '../../helpers/freshVault';

// A released letter kept "only as a note" is part of the journal: a backup carries it (its date,
// never words) and every count a person reads about that backup is the same number.

const written = new Date(2026, 4, 1, 21, 0).getTime();
const released = new Date(2026, 4, 7, 7, 15).getTime();

async function writeLetter(id: string, happened: string) {
  await saveLetter({ id, recipient: 'Rowan', sections: { happened } }, written);
  await finishLetter(id, written);
}

async function journalWithReleasedNote() {
  await writeLetter('kept', 'The market morning');
  await writeLetter('let-go', 'The harbour night');
  await releaseLetter('let-go', { keepTrace: true }, released);
  await saveEntry({ id: 'e1', title: 'Morning', body: 'Coffee and quiet.' }, written);
  // Settings travel too, but they are not among the person's records.
  await setSetting('crisisLinesHidden', true);
  await setSetting('recoveryDaysOn', true);
  // The trends digest is a cache rebuilt from the inventories, never a record of its own.
  const digest = { id: 'emotion-trends', created: written, updated: written };
  await db.documents.put({
    ...digest,
    sealed: await sealFields('documents', digest.id, { watermark: -1, items: {} }),
  });
}

function plain(text: string): BackupDocument {
  const parsed = parseBackupText(text);
  if (parsed.encrypted) throw new Error('expected a plain file');
  return parsed.document;
}

const sum = (counts: Record<string, number>) =>
  Object.values(counts).reduce((total, n) => total + n, 0);

beforeEach(freshVault);

describe('a released letter kept as a note, in a backup', () => {
  it('is in the file, not reported as a record that could not be opened', async () => {
    await journalWithReleasedNote();
    const result = await exportBackup();
    expect(result.unreadable).toBe(0);
    const note = plain(result.text).journal.letters.find((letter) => letter.id === 'let-go');
    expect(note).toEqual({
      id: 'let-go',
      status: 'released',
      releasedAt: released,
      created: released,
      updated: released,
      fields: {},
    });
    expect(result.text).not.toContain('harbour');
  });

  it('comes back after import on a new device as the same note, with no words', async () => {
    await journalWithReleasedNote();
    const document = plain((await exportBackup()).text);
    await freshVault();
    const plan = await planImport(document.journal);
    await applyImport(document.journal, 'replace', plan);
    const letters = await listLetters();
    expect(letters.map((letter) => [letter.id, letter.status])).toEqual([
      ['let-go', 'released'],
      ['kept', 'finished'],
    ]);
    const row = await db.letters.get('let-go');
    expect(row).toEqual({
      id: 'let-go',
      status: 'released',
      releasedAt: released,
      created: released,
      updated: released,
    });
  });

  it('counts the same records on this device, in the saved backup and in the import preview', async () => {
    await journalWithReleasedNote();
    const here = sum(await countRecords());
    const result = await exportBackup();
    const plan = await planImport(plain(result.text).journal);
    const preview = BACKUP_TABLES.reduce((total, table) => total + plan.tables[table].total, 0);
    expect(here).toBe(3);
    expect(result.records).toBe(3);
    expect(preview).toBe(3);
  });

  it('merging the same backup back in finds the note already here, word for word', async () => {
    await journalWithReleasedNote();
    const document = plain((await exportBackup()).text);
    const plan = await planImport(document.journal);
    expect(plan.tables.letters).toEqual({ total: 2, added: 0, identical: 2, conflicting: 0 });
  });

  it('refuses a file that gives a released letter words back', async () => {
    await journalWithReleasedNote();
    const document = plain((await exportBackup()).text);
    const note = document.journal.letters.find((letter) => letter.id === 'let-go')!;
    note.fields = { recipient: 'Rowan', sections: { happened: 'The harbour night' } };
    expect(() => parseBackupText(JSON.stringify(document))).toThrow(/released/);
  });
});
