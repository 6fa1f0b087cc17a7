import { Route, Switch } from 'wouter';
import SettingsPage from './SettingsPage';
import { lazyScreen } from '../../core/lazyScreen';

const LockSettingsPage = lazyScreen(() => import('../vault/LockSettingsPage'));
const BackupPage = lazyScreen(() => import('../backup/BackupPage'));
const ImportPage = lazyScreen(() => import('../backup/ImportPage'));
const StoragePage = lazyScreen(() => import('../backup/StoragePage'));
const ReminderPage = lazyScreen(() => import('../backup/ReminderPage'));

/** Every screen under /settings. Paths are absolute, as everywhere in the app. */
export default function SettingsRoutes() {
  return (
    <Switch>
      <Route path="/settings" component={SettingsPage} />
      <Route path="/settings/lock" component={LockSettingsPage} />
      <Route path="/settings/backup" component={BackupPage} />
      <Route path="/settings/import" component={ImportPage} />
      <Route path="/settings/storage" component={StoragePage} />
      <Route path="/settings/reminder" component={ReminderPage} />
    </Switch>
  );
}
