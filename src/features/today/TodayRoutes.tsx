import { Route, Switch } from 'wouter';

/** Screens under /today (the check-in, goals, recovery days). Today itself is the home route. */
export default function TodayRoutes() {
  return (
    <Switch>
      <Route path="/today">
        <p className="muted">Nothing here yet.</p>
      </Route>
    </Switch>
  );
}
