import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { BackupReminderLine } from '../backup';
import { CrisisRegionSetting } from '../safety';
import { OnThisDayChoice, TodayWordsChoice } from '../today';
import { useLockSet } from '../vault';
import { useT } from '../../core/i18n/language';
import { LanguageChoice } from './LanguageChoice';

export default function SettingsPage() {
  const lockSet = useLockSet();
  const t = useT();
  return (
    <section>
      <h1>{t('Settings')}</h1>
      <h2>{t('Language')}</h2>
      <LanguageChoice />
      <h2>{t('Where your journal lives')}</h2>
      <p>
        {t(
          'Everything you write stays in this browser’s storage on this device. Nothing is sent anywhere: Stepwork has no server, no account and no tracking.',
        )}
      </p>
      <p>
        {t(
          'Your words are sealed with a key that only this app on this device holds, so they cannot be read by looking through the browser’s storage. The dates of your entries and the step they belong to stay readable, because the app needs them to sort and find things.',
        )}
      </p>
      <h2>{t('Passphrase lock')}</h2>
      <p>
        {lockSet
          ? t('Your journal is locked with a passphrase.')
          : t('You can lock your journal with a passphrase, so that only you can open it.')}
      </p>
      <p>
        <Link href={ROUTES.lock} className="button button--quiet">
          {lockSet ? t('Manage the lock') : t('Set up a lock')}
        </Link>
      </p>
      <h2>{t('Crisis lines')}</h2>
      <CrisisRegionSetting />
      <h2>{t('What Today shows')}</h2>
      <TodayWordsChoice />
      <OnThisDayChoice />
      <h2>{t('Your data')}</h2>
      <BackupReminderLine />
      <ul className="plain-list stack">
        <li>
          <Link href={ROUTES.backup} className="button button--quiet">
            {t('Save a backup')}
          </Link>
        </li>
        <li>
          <Link href={ROUTES.importBackup} className="button button--quiet">
            {t('Bring in a backup')}
          </Link>
        </li>
        <li>
          <Link href={ROUTES.storage} className="button button--quiet">
            {t('Storage on this device')}
          </Link>
        </li>
        <li>
          <Link href={ROUTES.reminder} className="button button--quiet">
            {t('A daily reminder in your calendar')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
