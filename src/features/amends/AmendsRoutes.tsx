import { Route, Switch } from 'wouter';
import NotFoundPage from '../../ui/NotFoundPage';
import AccountabilityPage from './AccountabilityPage';
import AmendsItemPage from './AmendsItemPage';
import AmendsPage from './AmendsPage';
import HarmCheckPage from './HarmCheckPage';
import LetterPage from './LetterPage';
import LettersPage from './LettersPage';
import { NewItemRedirect, NewLetterRedirect } from './NewRedirects';
import PrintLetterPage from './PrintLetterPage';
import ReleasePage from './ReleasePage';
import SelfAmendsPage from './SelfAmendsPage';

/** Every screen under /amends. Paths are absolute, as everywhere in the app; the more specific
 * letter paths come before `/amends/letters/:id`. */
export default function AmendsRoutes() {
  return (
    <Switch>
      <Route path="/amends" component={AmendsPage} />
      <Route path="/amends/new" component={NewItemRedirect} />
      <Route path="/amends/item/:id/harm-check">
        {(params) => <HarmCheckPage key={params.id} id={params.id} />}
      </Route>
      <Route path="/amends/item/:id">
        {(params) => <AmendsItemPage key={params.id} id={params.id} />}
      </Route>
      <Route path="/amends/letters" component={LettersPage} />
      <Route path="/amends/letters/new/:to?" component={NewLetterRedirect} />
      <Route path="/amends/letters/:id/to/:to">
        {(params) => <LetterPage key={params.id} id={params.id} to={params.to} />}
      </Route>
      <Route path="/amends/letters/:id/release">
        {(params) => <ReleasePage key={params.id} id={params.id} />}
      </Route>
      <Route path="/amends/letters/:id/print">
        {(params) => <PrintLetterPage key={params.id} id={params.id} />}
      </Route>
      <Route path="/amends/letters/:id">
        {(params) => <LetterPage key={params.id} id={params.id} />}
      </Route>
      <Route path="/amends/myself" component={SelfAmendsPage} />
      <Route path="/amends/accountability" component={AccountabilityPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
