import { Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { TodayPage } from '../features/today/TodayPage';
// Help now comes with the app's own code, like Today: a person who opens it in a hard moment
// waits for no second download before it shows (and it shows even if the network went after the
// page loaded). Its tools inside still load on their own (HelpRoutes.tsx).
import HelpRoutes from '../features/safety/HelpRoutes';
import { AppShell } from './AppShell';
import { Boot } from './Boot';
import { ErrorBoundary, ScreenBoundary } from './ErrorBoundary';
import { ROUTES } from '../core/routes';
import { ScrollToTop } from './ScrollToTop';
import { lazyScreen } from '../core/lazyScreen';

// Defined in the order the screens are warmed after start-up (Help now's tools, defined in
// HelpRoutes.tsx, come first).
const StepsPage = lazyScreen(() => import('../features/steps/StepsPage'));
const StepPage = lazyScreen(() => import('../features/steps/StepPage'));
const SearchPage = lazyScreen(() => import('../features/journal/search/SearchPage'));
const TrashPage = lazyScreen(() => import('../features/journal/TrashPage'));
const JournalPage = lazyScreen(() => import('../features/journal/JournalPage'));
const NewEntryRedirect = lazyScreen(() => import('../features/journal/NewEntryRedirect'));
const EntryPage = lazyScreen(() => import('../features/journal/EntryPage'));
const InventoryRoutes = lazyScreen(() => import('../features/inventory/InventoryRoutes'));
const AmendsRoutes = lazyScreen(() => import('../features/amends/AmendsRoutes'));
const SettingsRoutes = lazyScreen(() => import('../features/settings/SettingsRoutes'));
const TodayRoutes = lazyScreen(() => import('../features/today/TodayRoutes'));
const ReadingRoutes = lazyScreen(() => import('../features/reading'));
const NotFoundPage = lazyScreen(() => import('../ui/NotFoundPage'));

/**
 * The screen an address opens, for loading its code with the app's own, beside the database
 * opening, instead of after it: a person who opens the app on Help now waits for one download
 * less. The same paths as the routes below, most specific first.
 */
const OPENING_SCREENS: [RegExp, { preload: () => void }][] = [
  [/^\/steps\/?$/, StepsPage],
  [/^\/steps\/\d+/, StepPage],
  [/^\/journal\/?$/, JournalPage],
  [/^\/journal\/search/, SearchPage],
  [/^\/journal\/trash/, TrashPage],
  [/^\/journal\/new/, NewEntryRedirect],
  [/^\/journal\/./, EntryPage],
  [/^\/inventory/, InventoryRoutes],
  [/^\/amends/, AmendsRoutes],
  [/^\/settings/, SettingsRoutes],
  [/^\/today\/./, TodayRoutes],
];

/** Starts loading the code of the screen at `path` (a hash route such as `/help`). */
export function preloadOpeningScreen(path: string) {
  OPENING_SCREENS.find(([pattern]) => pattern.test(path))?.[1].preload();
}

// Hash routes work on any static host, with no server rewrite rules to get wrong.
export function App() {
  return (
    <ErrorBoundary quickExit>
      <Router hook={useHashLocation}>
        <Boot>
          <AppShell>
            <ScrollToTop />
            {/* The top bar (Help now, Quick exit) and the bottom bar stay outside it, so a failed
                screen never stands between a person and help; leaving the screen clears it. */}
            <ScreenBoundary>
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
                  {/* Each feature owns the screens under its own path. */}
                  <Route path="/inventory/*?" component={InventoryRoutes} />
                  <Route path="/amends/*?" component={AmendsRoutes} />
                  <Route path="/help/*?" component={HelpRoutes} />
                  <Route path="/settings/*?" component={SettingsRoutes} />
                  <Route path="/today/*?" component={TodayRoutes} />
                  <Route path="/read/*?" component={ReadingRoutes} />
                  <Route component={NotFoundPage} />
                </Switch>
              </Suspense>
            </ScreenBoundary>
          </AppShell>
        </Boot>
      </Router>
    </ErrorBoundary>
  );
}
