/** Settings keys the backup feature owns. */
export const LAST_BACKUP_KEY = 'lastBackupAt';
export const BACKUP_REMINDER_DAYS_KEY = 'backupReminderDays';
export const DEFAULT_BACKUP_REMINDER_DAYS = 14;
/** What the storage screen offers; 0 turns the reminder off. */
export const BACKUP_REMINDER_CHOICES = [7, 14, 30, 60, 0] as const;
export const REMINDER_TIME_KEY = 'reminderTime';
export const DEFAULT_REMINDER_TIME = '20:00';
