import { useT } from '../../core/i18n/language';
import { useBackupAge } from './useBackup';

/** One gentle line about the last backup, for the settings hub and the storage view. */
export function BackupReminderLine() {
  const age = useBackupAge();
  const t = useT();
  if (!age) return null;
  const when =
    age.days === undefined
      ? t('You have not saved a backup on this device yet.')
      : age.days === 0
        ? t('Your last backup was saved today.')
        : age.days === 1
          ? t('Your last backup was saved 1 day ago.')
          : t('Your last backup was saved {days} days ago.', { days: age.days });
  return (
    <p className={age.due ? 'notice' : 'muted'}>
      {when}
      {age.due &&
        ` ${t('When you have a moment, a fresh backup keeps your journal safe if this device is lost or cleared.')}`}
    </p>
  );
}
