import { Route, Switch } from 'wouter';
import { lazy } from 'react';
import SettingsPage from './SettingsPage';

const LockSettingsPage = lazy(() => import('../vault/LockSettingsPage'));
const BackupPage = lazy(() => import('../backup/BackupPage'));
const ImportPage = lazy(() => import('../backup/ImportPage'));
const StoragePage = lazy(() => import('../backup/StoragePage'));
const ReminderPage = lazy(() => import('../backup/ReminderPage'));

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
