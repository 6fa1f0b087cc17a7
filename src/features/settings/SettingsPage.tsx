import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { BackupReminderLine } from '../backup';
import { CrisisRegionSetting } from '../safety';
import { OnThisDayChoice, TodayWordsChoice } from '../today';
import { useLockSet } from '../vault';

export default function SettingsPage() {
  const lockSet = useLockSet();
  return (
    <section>
      <h1>Settings</h1>
      <h2>Where your journal lives</h2>
      <p>
        Everything you write stays in this browser’s storage on this device. Nothing is sent
        anywhere: Stepwork has no server, no account and no tracking.
      </p>
      <p>
        Your words are sealed with a key that only this app on this device holds, so they cannot be
        read by looking through the browser’s storage. The dates of your entries and the step they
        belong to stay readable, because the app needs them to sort and find things.
      </p>
      <h2>Passphrase lock</h2>
      <p>
        {lockSet
          ? 'Your journal is locked with a passphrase.'
          : 'You can lock your journal with a passphrase, so that only you can open it.'}
      </p>
      <p>
        <Link href={ROUTES.lock} className="button button--quiet">
          {lockSet ? 'Manage the lock' : 'Set up a lock'}
        </Link>
      </p>
      <h2>Crisis lines</h2>
      <CrisisRegionSetting />
      <h2>What Today shows</h2>
      <TodayWordsChoice />
      <OnThisDayChoice />
      <h2>Your data</h2>
      <BackupReminderLine />
      <ul className="plain-list stack">
        <li>
          <Link href={ROUTES.backup} className="button button--quiet">
            Save a backup
          </Link>
        </li>
        <li>
          <Link href={ROUTES.importBackup} className="button button--quiet">
            Bring in a backup
          </Link>
        </li>
        <li>
          <Link href={ROUTES.storage} className="button button--quiet">
            Storage on this device
          </Link>
        </li>
        <li>
          <Link href={ROUTES.reminder} className="button button--quiet">
            A daily reminder in your calendar
          </Link>
        </li>
      </ul>
    </section>
  );
}
