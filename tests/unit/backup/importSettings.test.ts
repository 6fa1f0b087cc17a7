import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../src/features/backup/exportBackup';
import type { BackupDocument } from '../../../src/features/backup/format';
import { applyImport, planImport } from '../../../src/features/backup/importRepo';
import { ImportError } from '../../../src/features/backup/importErrors';
import { parseBackupText } from '../../../src/features/backup/parseBackup';
import { getSetting, setSetting } from '../../../src/core/settingsRepo';
import { freshVault } from '../../helpers/freshVault';
import { seedRecords } from '../../helpers/journalRecords';
import { sampleJournal } from './sampleJournal';

let valid: BackupDocument;

beforeEach(async () => {
  await freshVault();
  await seedRecords(sampleJournal());
  const parsed = parseBackupText((await exportBackup()).text);
  if (parsed.encrypted) throw new Error('expected plain');
  valid = parsed.document;
});

function withSettings(settings: { key: string; value: unknown }[]): string {
  return JSON.stringify({ ...valid, journal: { ...valid.journal, settings } });
}

function refusal(text: string): ImportError {
  try {
    parseBackupText(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('the file was accepted');
}

describe('settings in a backup file', () => {
  it.each([
    ['autoLockMinutes', 1_000_000_000, 'should be 1, 2, 5, 10 or 30 minutes, or 0'],
    ['autoLockMinutes', 3, 'should be 1, 2, 5, 10 or 30 minutes'],
    ['autoLockMinutes', -5, 'should be 1, 2, 5, 10 or 30 minutes'],
    ['reminderTime', '99:99', 'a time of day such as 20:30'],
    ['reminderTime', '24:00', 'a time of day such as 20:30'],
    ['reminderTime', '8pm', 'a time of day such as 20:30'],
    ['crisisLinesHidden', 'yes', 'true or false'],
    ['recoveryDaysOn', 1, 'true or false'],
    ['todayShowsWords', 'on', 'true or false'],
    ['recoveryMilestones', null, 'true or false'],
    ['todayOnThisDay', 'yes', 'true or false'],
    ['backupReminderDays', 1e9, 'should be 7, 14, 30 or 60 days, or 0 for never'],
  ])('refuses %s = %j and says where', (key, value, words) => {
    const error = refusal(
      withSettings([
        { key: 'fromANewerApp', value: 'passed over' },
        { key, value },
      ]),
    );
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain(`The problem is here: Settings, record 2, “${key}”`);
    expect(error.message).toContain(words);
    expect(error.message).toContain('has not been changed');
  });

  it('refuses a setting given twice, and passes over names it does not know', () => {
    const twice = refusal(
      withSettings([
        { key: 'crisisLinesHidden', value: false },
        { key: 'crisisLinesHidden', value: true },
      ]),
    );
    expect(twice.message).toContain('Settings, record 2, “crisisLinesHidden”: it appears twice');
    const parsed = parseBackupText(withSettings([{ key: 'fromANewerApp', value: 1e9 }]));
    expect(parsed.encrypted).toBe(false);
  });

  it('accepts every choice the screens offer', () => {
    const text = withSettings([
      { key: 'autoLockMinutes', value: 0 },
      { key: 'reminderTime', value: '23:59' },
      { key: 'backupReminderDays', value: 60 },
      { key: 'crisisLinesHidden', value: true },
      { key: 'recoveryDaysOn', value: false },
      { key: 'recoveryMilestones', value: true },
      { key: 'todayShowsWords', value: true },
      { key: 'todayOnThisDay', value: true },
    ]);
    expect(() => parseBackupText(text)).not.toThrow();
  });
});

describe('bringing in settings', () => {
  const safetyFile = () =>
    (
      parseBackupText(
        withSettings([
          { key: 'crisisLinesHidden', value: true },
          { key: 'autoLockMinutes', value: 0 },
          { key: 'backupReminderDays', value: 30 },
          { key: 'reminderTime', value: '20:00' },
        ]),
      ) as { document: BackupDocument }
    ).document.journal;

  it('shows what differs from this device and marks what would lower safety', async () => {
    await setSetting('autoLockMinutes', 10);
    const plan = await planImport(safetyFile());
    // 20:00 is this device's reminder time already (its default), so it is not a difference.
    expect(plan.settings).toEqual([
      { key: 'crisisLinesHidden', here: false, file: true, lowersSafety: true },
      { key: 'autoLockMinutes', here: 10, file: 0, lowersSafety: true },
      { key: 'backupReminderDays', here: 14, file: 30, lowersSafety: false },
    ]);
    await setSetting('autoLockMinutes', 0);
    const longer = (await planImport(safetyFile())).settings.find(
      (s) => s.key === 'autoLockMinutes',
    );
    expect(longer).toBeUndefined();
  });

  it.each(['merge', 'replace'] as const)(
    'never hides the crisis lines or switches off auto-lock unless ticked (%s)',
    async (mode) => {
      await setSetting('autoLockMinutes', 2);
      const journal = safetyFile();
      const result = await applyImport(journal, mode, await planImport(journal));
      expect(result).toMatchObject({ settings: [], settingsLeft: 3 });
      expect(await getSetting('crisisLinesHidden')).toBeUndefined();
      expect(await getSetting('autoLockMinutes')).toBe(2);
      expect(await getSetting('backupReminderDays')).toBeUndefined();
    },
  );

  it('carries the Today, milestone and on-this-day choices; words on Today and a year ago need a tick', async () => {
    await setSetting('todayShowsWords', false);
    await setSetting('recoveryMilestones', true);
    const journal = (
      parseBackupText(
        withSettings([
          { key: 'todayShowsWords', value: true },
          { key: 'recoveryMilestones', value: false },
          { key: 'todayOnThisDay', value: true },
        ]),
      ) as { document: BackupDocument }
    ).document.journal;
    const plan = await planImport(journal);
    expect(plan.settings).toEqual([
      { key: 'todayShowsWords', here: false, file: true, lowersSafety: true },
      { key: 'recoveryMilestones', here: true, file: false, lowersSafety: false },
      { key: 'todayOnThisDay', here: false, file: true, lowersSafety: true },
    ]);
    const result = await applyImport(journal, 'merge', plan, { settings: ['recoveryMilestones'] });
    expect(result.settings).toEqual(['recoveryMilestones']);
    expect(await getSetting('recoveryMilestones')).toBe(false);
    expect(await getSetting('todayShowsWords')).toBe(false);
    expect(await getSetting('todayOnThisDay')).toBeUndefined();
    await applyImport(journal, 'merge', plan, { settings: ['todayOnThisDay'] });
    expect(await getSetting('todayOnThisDay')).toBe(true);
  });

  it('takes exactly the settings the person ticked', async () => {
    await setSetting('autoLockMinutes', 2);
    const journal = safetyFile();
    const plan = await planImport(journal);
    const result = await applyImport(journal, 'merge', plan, {
      settings: ['crisisLinesHidden', 'backupReminderDays'],
    });
    expect(result.settings).toEqual(['crisisLinesHidden', 'backupReminderDays']);
    expect(await getSetting('crisisLinesHidden')).toBe(true);
    expect(await getSetting('backupReminderDays')).toBe(30);
    expect(await getSetting('autoLockMinutes')).toBe(2);
  });
});
