import { Route, Switch } from 'wouter';
import AmendsPage from './AmendsPage';

/** Every screen under /amends. Paths are absolute, as everywhere in the app. */
export default function AmendsRoutes() {
  return (
    <Switch>
      <Route path="/amends" component={AmendsPage} />
    </Switch>
  );
}
