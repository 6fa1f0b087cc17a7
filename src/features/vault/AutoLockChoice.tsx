import { t, useT } from '../../core/i18n/language';
import { setSetting } from '../../core/settingsRepo';
import { SettingSelect } from '../../ui/SettingSelect';
import {
  AUTO_LOCK_CHOICES,
  AUTO_LOCK_KEY,
  LOCK_WHEN_LEFT,
  useAutoLockMinutes,
} from './useAutoLock';

function label(minutes: number): string {
  if (minutes === LOCK_WHEN_LEFT) return t('As soon as I leave the app');
  if (minutes === 0) return t('Only when I lock it');
  return minutes === 1 ? t('After 1 minute') : t('After {minutes} minutes', { minutes });
}

export function AutoLockChoice() {
  const t = useT();
  const minutes = useAutoLockMinutes();
  return (
    <SettingSelect
      label={t('Lock by itself when it is not used')}
      hint={t(
        'Counts time without a touch or a key, and time the app spends out of sight. Or it can lock the moment you switch away.',
      )}
      value={minutes}
      onChoose={(value) => setSetting(AUTO_LOCK_KEY, Number(value))}
      failed={t(
        'That choice could not be kept just now. The lock works as it did before; you can choose again.',
      )}
    >
      {AUTO_LOCK_CHOICES.map((choice) => (
        <option key={choice} value={choice}>
          {label(choice)}
        </option>
      ))}
    </SettingSelect>
  );
}
