/** Settings keys the backup feature owns. */
export const LAST_BACKUP_KEY = 'lastBackupAt';
export const BACKUP_REMINDER_DAYS_KEY = 'backupReminderDays';
export const DEFAULT_BACKUP_REMINDER_DAYS = 14;
export const REMINDER_TIME_KEY = 'reminderTime';
export const DEFAULT_REMINDER_TIME = '20:00';
