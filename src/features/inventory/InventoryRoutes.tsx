import { Route, Switch } from 'wouter';
import { isInventoryList } from './classicLists';
import ClassicIndexPage from './ClassicIndexPage';
import ClassicItemPage from './ClassicItemPage';
import ClassicListPage from './ClassicListPage';
import EmotionInventoryPage from './EmotionInventoryPage';
import InventoryPage from './InventoryPage';
import LetterPage from './LetterPage';
import LettersPage from './LettersPage';
import OwnWordsPage from './OwnWordsPage';
import { isTrendRange } from './trends';
import NotFoundPage from '../../ui/NotFoundPage';
import { lazyScreen } from '../../core/lazyScreen';

// The picture is the one heavy screen: it is fetched only when a person opens it. (App.tsx's
// Suspense shows "Opening…" meanwhile.)
const TrendsPage = lazyScreen(() => import('./TrendsPage'));

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
        {(params) => {
          const range = params.range ?? '30-days';
          return isTrendRange(range) ? <TrendsPage range={range} /> : <NotFoundPage />;
        }}
      </Route>
      <Route component={NotFoundPage} />
    </Switch>
  );
}
