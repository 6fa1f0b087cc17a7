import { Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { TodayPage } from '../features/today/TodayPage';
import { AppShell } from './AppShell';
import { Boot } from './Boot';
import { ErrorBoundary, ScreenBoundary } from './ErrorBoundary';
import { useT } from '../core/i18n/language';
import { ROUTES } from '../core/routes';
import { ScrollToTop } from './ScrollToTop';
import { lazyScreen } from '../core/lazyScreen';
import { openingModule, type OpeningModule } from './openingScreens';

// Defined in the order the screens are warmed after start-up: Help now first (the error screens'
// crisis lines, defined in NeedHelpNow.tsx, come before it), then its tools (HelpRoutes.tsx).
// Help now is not on the first screen: it is the first screen warmed once that is drawn, the
// service worker keeps it, and an address that opens on it fetches it with the app's own code
// (openingScreens.ts).
const HelpRoutes = lazyScreen(() => import('../features/safety/HelpRoutes'));
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

/** Each opening screen's module (openingScreens.ts) as the lazy screen that loads it. */
const OPENING_SCREEN: Record<OpeningModule, { preload: () => void }> = {
  'src/features/safety/HelpRoutes.tsx': HelpRoutes,
  'src/features/steps/StepsPage.tsx': StepsPage,
  'src/features/steps/StepPage.tsx': StepPage,
  'src/features/journal/JournalPage.tsx': JournalPage,
  'src/features/journal/search/SearchPage.tsx': SearchPage,
  'src/features/journal/TrashPage.tsx': TrashPage,
  'src/features/journal/NewEntryRedirect.tsx': NewEntryRedirect,
  'src/features/journal/EntryPage.tsx': EntryPage,
  'src/features/inventory/InventoryRoutes.tsx': InventoryRoutes,
  'src/features/amends/AmendsRoutes.tsx': AmendsRoutes,
  'src/features/settings/SettingsRoutes.tsx': SettingsRoutes,
  'src/features/today/TodayRoutes.tsx': TodayRoutes,
};

/** Starts loading the code of the screen at `path` (a hash route such as `/help`), beside the
 * database opening instead of after it. */
export function preloadOpeningScreen(path: string) {
  const module = openingModule(path);
  if (module) OPENING_SCREEN[module].preload();
}

function Opening() {
  const t = useT();
  return <p className="muted">{t('Opening…')}</p>;
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
              <Suspense fallback={<Opening />}>
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
