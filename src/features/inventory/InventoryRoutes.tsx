import { Route, Switch } from 'wouter';
import InventoryPage from './InventoryPage';

/** Every screen under /inventory. Paths are absolute, as everywhere in the app. */
export default function InventoryRoutes() {
  return (
    <Switch>
      <Route path="/inventory" component={InventoryPage} />
    </Switch>
  );
}
