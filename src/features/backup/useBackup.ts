import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting } from '../../core/settingsRepo';
import { countRecords } from './backupRepo';
import {
  BACKUP_REMINDER_DAYS_KEY,
  DEFAULT_BACKUP_REMINDER_DAYS,
  LAST_BACKUP_KEY,
} from './backupSettings';
import { daysSince } from './storageHealth';

export interface BackupAge {
  lastAt: number | undefined;
  days: number | undefined;
  remindAfter: number;
  /** True when a gentle reminder is due: a backup is older than the chosen days, or there is
   * none yet and the journal has something in it. 0 days turns the reminder off. */
  due: boolean;
}

export function useBackupAge(): BackupAge | undefined {
  return useLiveQuery(async () => {
    const lastAt = await getSetting<number>(LAST_BACKUP_KEY);
    const chosen = await getSetting<number>(BACKUP_REMINDER_DAYS_KEY);
    const remindAfter = typeof chosen === 'number' ? chosen : DEFAULT_BACKUP_REMINDER_DAYS;
    const days = daysSince(lastAt);
    const counts = await countRecords();
    const hasWork = Object.values(counts).some((n) => n > 0);
    const due = remindAfter > 0 && hasWork && (days === undefined || days >= remindAfter);
    return { lastAt, days, remindAfter, due };
  }, []);
}

export function useRecordCounts() {
  return useLiveQuery(countRecords, []);
}
