import { Route, Switch } from 'wouter';
import HelpPage from './HelpPage';

/** Every screen under /help. Paths are absolute, as everywhere in the app. */
export default function HelpRoutes() {
  return (
    <Switch>
      <Route path="/help" component={HelpPage} />
    </Switch>
  );
}
