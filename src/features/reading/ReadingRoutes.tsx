import { Route, Switch } from 'wouter';
import NotFoundPage from '../../ui/NotFoundPage';
import { isInventoryList } from '../inventory';
import { ChoosePage } from './ChoosePage';
import {
  AmendsReading,
  EmotionReading,
  EntriesReading,
  LetterReading,
  LetterToMyselfReading,
  ListReading,
  StepReading,
} from './sources';

/** Every screen under /read. */
export default function ReadingRoutes() {
  return (
    <Switch>
      <Route path="/read" component={ChoosePage} />
      <Route path="/read/step/:n">
        {(params) => {
          const n = Number(params.n);
          return Number.isInteger(n) && n >= 1 && n <= 12 ? (
            <StepReading key={n} step={n} />
          ) : (
            <NotFoundPage />
          );
        }}
      </Route>
      <Route path="/read/entries/:ids">
        {(params) => <EntriesReading key={params.ids} ids={params.ids.split(',')} />}
      </Route>
      <Route path="/read/inventory/:list">
        {(params) =>
          isInventoryList(params.list) ? (
            <ListReading key={params.list} list={params.list} />
          ) : (
            <NotFoundPage />
          )
        }
      </Route>
      <Route path="/read/emotions/:id">
        {(params) => <EmotionReading key={params.id} id={params.id} />}
      </Route>
      <Route path="/read/letter/:id">
        {(params) => <LetterReading key={params.id} id={params.id} />}
      </Route>
      <Route path="/read/letter-to-myself/:uuid">
        {(params) => <LetterToMyselfReading key={params.uuid} uuid={params.uuid} />}
      </Route>
      <Route path="/read/amends" component={AmendsReading} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
