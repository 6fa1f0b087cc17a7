import { Link, useLocation } from 'wouter';
import { QuickExitButton } from '../features/safety/QuickExitButton';
import { useT } from '../core/i18n/language';
import { ROUTES } from '../core/routes';
import { NavIcon } from './NavIcon';

/** Whether `href` is the screen at `location` or one of the screens under it. */
export function isCurrent(location: string, href: string): boolean {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

/**
 * The bar at the top of every screen, and of the frame drawn while the journal opens (Boot.tsx):
 * index.html draws a copy of it before any code arrives, so what a person sees first stays put.
 */
export function TopBar() {
  const [location] = useLocation();
  const t = useT();
  return (
    <header className="topbar">
      <Link href={ROUTES.today} className="topbar__brand">
        Stepwork
      </Link>
      <Link href={ROUTES.help} className="topbar__link topbar__link--help">
        {t('Help now')}
      </Link>
      {/* An icon with its name for screen readers: the bar must also fit the quick exit. */}
      <Link
        href={ROUTES.settings}
        className="topbar__link topbar__link--icon"
        aria-current={isCurrent(location, ROUTES.settings) ? 'page' : undefined}
      >
        <NavIcon name="settings" />
        <span className="visually-hidden">{t('Settings')}</span>
      </Link>
      <QuickExitButton />
    </header>
  );
}
