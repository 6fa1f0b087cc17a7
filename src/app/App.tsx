import { lazy, Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { TodayPage } from '../features/today/TodayPage';
import { AppShell } from './AppShell';
import { Boot } from './Boot';
import { ErrorBoundary } from './ErrorBoundary';
import { ROUTES } from './routes';
import { ScrollToTop } from './ScrollToTop';

const StepsPage = lazy(() => import('../features/steps/StepsPage'));
const StepPage = lazy(() => import('../features/steps/StepPage'));
const SearchPage = lazy(() => import('../features/journal/search/SearchPage'));
const TrashPage = lazy(() => import('../features/journal/TrashPage'));
const JournalPage = lazy(() => import('../features/journal/JournalPage'));
const NewEntryRedirect = lazy(() => import('../features/journal/NewEntryRedirect'));
const EntryPage = lazy(() => import('../features/journal/EntryPage'));
const InventoryPage = lazy(() => import('../features/inventory/InventoryPage'));
const AmendsPage = lazy(() => import('../features/amends/AmendsPage'));
const HelpPage = lazy(() => import('../features/safety/HelpPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

// Hash routes work on any static host, with no server rewrite rules to get wrong.
export function App() {
  return (
    <ErrorBoundary>
      <Router hook={useHashLocation}>
        <Boot>
          <AppShell>
            <ScrollToTop />
            <ErrorBoundary>
              <Suspense fallback={<p className="muted">Opening…</p>}>
                <Switch>
                  <Route path={ROUTES.today} component={TodayPage} />
                  <Route path={ROUTES.steps} component={StepsPage} />
                  <Route path="/steps/:n">
                    {(params) => <StepPage key={params.n} step={Number(params.n)} />}
                  </Route>
                  <Route path={ROUTES.journal} component={JournalPage} />
                  <Route path={ROUTES.search} component={SearchPage} />
                  <Route path={ROUTES.trash} component={TrashPage} />
                  <Route path={ROUTES.newEntry} component={NewEntryRedirect} />
                  <Route path="/journal/new/:step/:promptId?" component={NewEntryRedirect} />
                  <Route path="/journal/:id">
                    {(params) => <EntryPage key={params.id} id={params.id} />}
                  </Route>
                  <Route path={ROUTES.inventory} component={InventoryPage} />
                  <Route path={ROUTES.amends} component={AmendsPage} />
                  <Route path={ROUTES.help} component={HelpPage} />
                  <Route path={ROUTES.settings} component={SettingsPage} />
                  <Route component={NotFoundPage} />
                </Switch>
              </Suspense>
            </ErrorBoundary>
          </AppShell>
        </Boot>
      </Router>
    </ErrorBoundary>
  );
}
