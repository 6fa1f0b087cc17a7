import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import {
  deleteAmendsItem,
  getAmendsItem,
  saveAmendsItem,
} from '../../../src/features/amends/amendsRepo';
import {
  deleteLetterToMyself,
  LETTER_PREFIX,
  saveLetterToMyself,
} from '../../../src/features/inventory/letterToMyselfRepo';
import { exportBackup } from '../../../src/features/backup/exportBackup';
import type { BackupDocument } from '../../../src/features/backup/format';
import { applyImport, planImport, type ImportMode } from '../../../src/features/backup/importRepo';
import { parseBackupText } from '../../../src/features/backup/parseBackup';
import { DeletedElsewhereError } from '../../../src/lib/errors';
import { freshVault } from '../../helpers/freshVault';

// A deletion for good leaves a mark that refuses any later save of the record (db/deletedRecords.ts).
// Bringing in a backup is the person's own choice: a record the file holds comes back, even one
// deleted here since, and its editor can then save it again. The marks are not in the file.

function plain(text: string): BackupDocument {
  const parsed = parseBackupText(text);
  if (parsed.encrypted) throw new Error('expected a plain file');
  return parsed.document;
}

const letter = `${LETTER_PREFIX}l1`;

async function backupThenDelete(): Promise<BackupDocument> {
  await saveAmendsItem({ id: 'a1', person: 'Kim', whatHappened: 'I lied' });
  await saveLetterToMyself({ id: letter, body: 'Dear me' });
  const backup = await exportBackup();
  await deleteAmendsItem('a1');
  await deleteLetterToMyself(letter);
  expect(await db.deletions.count()).toBe(2);
  await expect(saveAmendsItem({ id: 'a1', person: 'Kim' })).rejects.toThrow(DeletedElsewhereError);
  return plain(backup.text);
}

describe('a backup holding a record deleted here since', () => {
  beforeEach(freshVault);

  it('carries no deletion marks', async () => {
    await saveAmendsItem({ id: 'a0', person: 'Jo' });
    await deleteAmendsItem('a0');
    const text = (await exportBackup()).text;
    expect(text).not.toContain('deletions');
    expect(text).not.toContain('a0');
  });

  for (const mode of ['merge', 'replace'] as ImportMode[]) {
    it(`brings it back (${mode}), and its editor saves it again`, async () => {
      const document = await backupThenDelete();
      const plan = await planImport(document.journal);
      await applyImport(document.journal, mode, plan);
      expect(await getAmendsItem('a1')).toMatchObject({ person: 'Kim', whatHappened: 'I lied' });
      expect((await db.documents.get(letter))?.id).toBe(letter);
      expect(await db.deletions.count()).toBe(0);
      await saveAmendsItem({ id: 'a1', person: 'Kim', whatHappened: 'I lied, and said so' });
      expect(await getAmendsItem('a1')).toMatchObject({ whatHappened: 'I lied, and said so' });
      await saveLetterToMyself({ id: letter, body: 'Dear me, again' });
    });
  }
});
