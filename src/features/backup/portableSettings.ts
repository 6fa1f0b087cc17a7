/**
 * Settings that travel with a backup: a person's choices, not facts about this device. Left out
 * on purpose: the unlock attempt counter and the storage-persistence answer (this browser's),
 * the last backup date (this device's), and the keys table (never exported).
 * The names mirror the constants in the modules that own them; tests/unit/backupFormat.test.ts
 * checks they still match.
 */
export const PORTABLE_SETTINGS: Record<string, (value: unknown) => boolean> = {
  autoLockMinutes: (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0,
  crisisLinesHidden: (value) => typeof value === 'boolean',
  recoveryDaysOn: (value) => typeof value === 'boolean',
  backupReminderDays: (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0,
  reminderTime: (value) => typeof value === 'string' && /^\d{2}:\d{2}$/.test(value),
};

export function isPortableSetting(key: string, value: unknown): boolean {
  return Object.hasOwn(PORTABLE_SETTINGS, key) && PORTABLE_SETTINGS[key]!(value);
}
