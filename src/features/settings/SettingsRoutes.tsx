import { Route, Switch } from 'wouter';
import SettingsPage from './SettingsPage';

/** Every screen under /settings. Paths are absolute, as everywhere in the app. */
export default function SettingsRoutes() {
  return (
    <Switch>
      <Route path="/settings" component={SettingsPage} />
    </Switch>
  );
}
