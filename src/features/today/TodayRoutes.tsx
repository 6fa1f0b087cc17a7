import { Route, Switch } from 'wouter';
import { ROUTES } from '../../core/routes';
import CheckinPage from './CheckinPage';
import CheckinsPage from './CheckinsPage';
import GoalPage from './GoalPage';
import GoalsPage from './GoalsPage';
import RecoveryPage from './RecoveryPage';
import { lazyScreen } from '../../core/lazyScreen';
import { useT } from '../../core/i18n/language';
import './today.css';

// The picture and its arithmetic load only when a person asks to look back.
const LookingBackPage = lazyScreen(() => import('./LookingBackPage'));

/** Screens under /today (the check-in, goals, recovery days). Today itself is the home route. */
export default function TodayRoutes() {
  const t = useT();
  return (
    <Switch>
      <Route path={ROUTES.checkin}>{() => <CheckinPage />}</Route>
      <Route path="/today/checkin/:day">
        {(params) => <CheckinPage key={params.day} day={params.day} />}
      </Route>
      <Route path={ROUTES.checkins} component={CheckinsPage} />
      <Route path={ROUTES.lookingBack} component={LookingBackPage} />
      <Route path={ROUTES.goals} component={GoalsPage} />
      <Route path="/today/goals/:id">
        {(params) => <GoalPage key={params.id} id={params.id} />}
      </Route>
      <Route path={ROUTES.recovery} component={RecoveryPage} />
      <Route>
        <section>
          <h1>{t('Nothing here')}</h1>
          <p>{t('This address does not match a screen. Nothing you wrote is affected.')}</p>
        </section>
      </Route>
    </Switch>
  );
}
