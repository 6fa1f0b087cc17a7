import { Route, Switch } from 'wouter';
import HelpPage from './HelpPage';
import { lazyScreen } from '../../core/lazyScreen';

// Help now itself loads with the route; each tool is small and precached for offline use.
const GroundingPage = lazyScreen(() => import('./GroundingPage'));
const BreathingPage = lazyScreen(() => import('./BreathingPage'));
const PeoplePage = lazyScreen(() => import('./PeoplePage'));
const MeetingsPage = lazyScreen(() => import('./MeetingsPage'));
const SafetyPlanPage = lazyScreen(() => import('./SafetyPlanPage'));
const SafetyPlanReader = lazyScreen(() => import('./SafetyPlanReader'));
const StayingWellPage = lazyScreen(() => import('./StayingWellPage'));
const StayingWellReader = lazyScreen(() => import('./StayingWellReader'));

/** Every screen under /help. Paths are absolute, as everywhere in the app. */
export default function HelpRoutes() {
  return (
    <Switch>
      <Route path="/help" component={HelpPage} />
      <Route path="/help/grounding" component={GroundingPage} />
      <Route path="/help/breathing" component={BreathingPage} />
      <Route path="/help/people" component={PeoplePage} />
      <Route path="/help/meetings" component={MeetingsPage} />
      <Route path="/help/safety-plan" component={SafetyPlanReader} />
      <Route path="/help/safety-plan/edit" component={SafetyPlanPage} />
      <Route path="/help/staying-well" component={StayingWellReader} />
      <Route path="/help/staying-well/edit" component={StayingWellPage} />
    </Switch>
  );
}
