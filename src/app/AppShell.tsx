import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { QuickExitButton } from '../features/safety/QuickExitButton';
import { useQuietUntilOpened } from '../features/safety/quickExit';
import { useRememberPlace } from '../features/safety/returnPlace';
import { useAutoLock } from '../features/vault/useAutoLock';
import { Toasts } from '../ui/Toasts';
import { NavIcon } from './NavIcon';
import { NAV_ITEMS, ROUTES } from '../core/routes';
import { RouteFocus } from './RouteFocus';
import { UpdatePrompt } from './UpdatePrompt';
import { afterFirstScreen } from './afterFirstScreen';
import { warmScreens } from './warmScreens';
import './shell.css';

function isCurrent(location: string, href: string): boolean {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

export function AppShell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
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
        Skip to content
      </a>
      <header className="topbar">
        <Link href={ROUTES.today} className="topbar__brand">
          Stepwork
        </Link>
        <Link href={ROUTES.help} className="topbar__link topbar__link--help">
          Help now
        </Link>
        {/* An icon with its name for screen readers: the bar must also fit the quick exit. */}
        <Link
          href={ROUTES.settings}
          className="topbar__link topbar__link--icon"
          aria-current={isCurrent(location, ROUTES.settings) ? 'page' : undefined}
        >
          <NavIcon name="settings" />
          <span className="visually-hidden">Settings</span>
        </Link>
        <QuickExitButton />
      </header>
      <div>
        {workerTime && <UpdatePrompt />}
        <main id="main" className="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <nav className="bottomnav" aria-label="Main">
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent(location, item.href) ? 'page' : undefined}
              >
                <NavIcon name={item.icon} />
                <span className="bottomnav__label">{item.label}</span>
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
                <span className="bottomnav__label">{item.label}</span>
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
