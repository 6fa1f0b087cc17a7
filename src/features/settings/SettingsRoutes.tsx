import { Route, Switch } from 'wouter';
import { lazy } from 'react';
import SettingsPage from './SettingsPage';

const LockSettingsPage = lazy(() => import('../vault/LockSettingsPage'));

/** Every screen under /settings. Paths are absolute, as everywhere in the app. */
export default function SettingsRoutes() {
  return (
    <Switch>
      <Route path="/settings" component={SettingsPage} />
      <Route path="/settings/lock" component={LockSettingsPage} />
    </Switch>
  );
}
