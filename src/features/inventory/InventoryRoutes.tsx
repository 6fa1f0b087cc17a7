import { Route, Switch } from 'wouter';
import { isInventoryList } from './classicLists';
import InventoryPage from './InventoryPage';
import NotFoundPage from '../../ui/NotFoundPage';
import { lazyScreen } from '../../core/lazyScreen';

// Only the inventory home comes with this module: a person who opens the app on it waits for
// its code alone, not for the editors, the letters (which carry all twelve steps' words through
// the letter guide) or the picture. The others load once the first screen is drawn and the
// phone is idle (app/warmScreens.ts), so opening one later costs no download. (App.tsx's
// Suspense shows "Opening…" if one is opened before that.)
const EmotionInventoryPage = lazyScreen(() => import('./EmotionInventoryPage'));
const ClassicIndexPage = lazyScreen(() => import('./ClassicIndexPage'));
const ClassicListPage = lazyScreen(() => import('./ClassicListPage'));
const ClassicItemPage = lazyScreen(() => import('./ClassicItemPage'));
const OwnWordsPage = lazyScreen(() => import('./OwnWordsPage'));
const LettersPage = lazyScreen(() => import('./LettersPage'));
const LetterPage = lazyScreen(() => import('./LetterPage'));
const TrendsRoute = lazyScreen(() => import('./TrendsRoute'));

/** Every screen under /inventory. Paths are absolute, as everywhere in the app. */
export default function InventoryRoutes() {
  return (
    <Switch>
      <Route path="/inventory" component={InventoryPage} />
      <Route path="/inventory/emotions/:id">
        {(params) => <EmotionInventoryPage key={params.id} id={params.id} />}
      </Route>
      <Route path="/inventory/classic" component={ClassicIndexPage} />
      <Route path="/inventory/classic/:list">
        {(params) =>
          isInventoryList(params.list) ? <ClassicListPage list={params.list} /> : <NotFoundPage />
        }
      </Route>
      <Route path="/inventory/classic/:list/:id">
        {(params) =>
          isInventoryList(params.list) ? (
            <ClassicItemPage key={params.id} list={params.list} id={params.id} />
          ) : (
            <NotFoundPage />
          )
        }
      </Route>
      <Route path="/inventory/words" component={OwnWordsPage} />
      <Route path="/inventory/letter" component={LettersPage} />
      <Route path="/inventory/letter/:uuid">
        {(params) => <LetterPage key={params.uuid} uuid={params.uuid} />}
      </Route>
      <Route path="/inventory/trends/:range?">
        {(params) => <TrendsRoute range={params.range ?? '30-days'} />}
      </Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
