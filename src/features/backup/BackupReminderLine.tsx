import { useBackupAge } from './useBackup';

/** One gentle line about the last backup, for the settings hub and the storage view. */
export function BackupReminderLine() {
  const age = useBackupAge();
  if (!age) return null;
  const when =
    age.days === undefined
      ? 'You have not saved a backup on this device yet.'
      : age.days === 0
        ? 'Your last backup was saved today.'
        : `Your last backup was saved ${age.days} ${age.days === 1 ? 'day' : 'days'} ago.`;
  return (
    <p className={age.due ? 'notice' : 'muted'}>
      {when}
      {age.due &&
        ' When you have a moment, a fresh backup keeps your journal safe if this device is lost or cleared.'}
    </p>
  );
}
