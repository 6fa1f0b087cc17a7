import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useQuietUntilOpened } from '../features/safety/quickExit';
import { useRememberPlace } from '../features/safety/returnPlace';
import { useAutoLock } from '../features/vault/useAutoLock';
import { Toasts } from '../ui/Toasts';
import { NavIcon } from './NavIcon';
import { useT } from '../core/i18n/language';
import { NAV_ITEMS } from '../core/routes';
import { RouteFocus } from './RouteFocus';
import { isCurrent, TopBar } from './TopBar';
import { afterFirstScreen } from './afterFirstScreen';
import { warmScreens } from './warmScreens';
import './shell.css';

// Its code (with the service worker's registration) loads once the first screen is up, when it is
// first drawn: it is not on the first screen, whose code has a budget (scripts/size.mjs). If it
// cannot load (offline before any worker was installed), there is no update to offer anyway.
const UpdatePrompt = lazy(() =>
  import('./UpdatePrompt').then(
    (module) => ({ default: module.UpdatePrompt }),
    () => ({ default: () => null }),
  ),
);

export function AppShell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const t = useT();
  useAutoLock();
  useRememberPlace(location);
  useQuietUntilOpened(location);
  useEffect(() => warmScreens(), []);
  // The service worker is registered after the first screen: its first install downloads every
  // screen's code for offline use, which on a slow network would otherwise share the line with
  // the screen the person opened.
  const [workerTime, setWorkerTime] = useState(false);
  useEffect(() => afterFirstScreen(() => setWorkerTime(true)), []);
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('Skip to content')}
      </a>
      <TopBar />
      <div>
        {workerTime && (
          <Suspense fallback={null}>
            <UpdatePrompt />
          </Suspense>
        )}
        <main id="main" className="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <nav className="bottomnav" aria-label={t('Main')}>
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent(location, item.href) ? 'page' : undefined}
              >
                <NavIcon name={item.icon} />
                <span className="bottomnav__label">{t(item.label)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {/* The bar above is fixed to the screen's foot; this unseen copy of its names holds the same
          height at the page's end, whatever the text size, so the last control can always scroll
          clear of the bar. Fixed, not sticky: it is what the bar does, and accessibility checkers
          (axe-core issue #3720) treat a sticky bar as if it sat in the page, so a link passing
          under it at the fold was reported as a target too small to tap. */}
      <div className="bottomnav-space" aria-hidden="true">
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.href}>
              <span className="bottomnav__item">
                <NavIcon name={item.icon} />
                <span className="bottomnav__label">{t(item.label)}</span>
              </span>
            </li>
          ))}
        </ul>
      </div>
      <RouteFocus />
      <Toasts />
    </div>
  );
}

// With hash routing, "#main" would be read as a route; move focus by hand instead.
function focusMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
