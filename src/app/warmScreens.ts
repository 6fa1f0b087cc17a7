/**
 * Once the first screen is up and the phone is idle, the other screens' code is loaded one
 * module at a time, Help now's first. A first visit to a screen then costs what a second visit
 * does: a tap on Help now never waits on a download or a compile, on a cheap phone as anywhere.
 * On the very first visit, before the service worker has cached the app, it also means every
 * screen still opens if the network goes. The service worker has all of these files already, so
 * an installed app downloads nothing more.
 */
const SCREENS: (() => Promise<unknown>)[] = [
  () => import('../features/safety/HelpRoutes'),
  () => import('../features/safety/GroundingPage'),
  () => import('../features/safety/BreathingPage'),
  () => import('../features/safety/PeoplePage'),
  () => import('../features/safety/SafetyPlanPage'),
  () => import('../features/journal/JournalPage'),
  () => import('../features/journal/EntryPage'),
  () => import('../features/journal/NewEntryRedirect'),
  () => import('../features/journal/search/SearchPage'),
  () => import('../features/journal/TrashPage'),
  () => import('../features/steps/StepsPage'),
  () => import('../features/steps/StepPage'),
  () => import('../features/today/TodayRoutes'),
  () => import('../features/today/TodayStep'),
  () => import('../features/inventory/InventoryRoutes'),
  () => import('../features/inventory/TrendsPage'),
  () => import('../features/amends/AmendsRoutes'),
  () => import('../features/settings/SettingsRoutes'),
  () => import('../features/vault/LockSettingsPage'),
  () => import('../features/backup/BackupPage'),
  () => import('../features/backup/ImportPage'),
  () => import('../features/backup/StoragePage'),
  () => import('../features/backup/ReminderPage'),
  () => import('./NotFoundPage'),
];

type Cancel = () => void;

function whenIdle(run: () => void): Cancel {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  // Safari has no idle callbacks; a short pause after the first screen does the same work.
  const handle = setTimeout(run, 150);
  return () => clearTimeout(handle);
}

let started = false;

/** Starts warming once per page; the returned function stops what has not started yet. */
export function warmScreens(): Cancel {
  if (started) return () => undefined;
  started = true;
  let next = 0;
  let cancel: Cancel = () => undefined;
  let stopped = false;
  const step = () => {
    const load = SCREENS[next++];
    if (!load || stopped) {
      if (!load) performance.mark('screens-warm');
      return;
    }
    // A screen that fails to load now is loaded again when it is opened, and says so there.
    void load()
      .catch(() => undefined)
      .then(() => {
        if (!stopped) cancel = whenIdle(step);
      });
  };
  cancel = whenIdle(step);
  return () => {
    stopped = true;
    started = false;
    cancel();
  };
}
