import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { NeedHelpNow } from '../features/safety/NeedHelpNow';
import { quickExit } from '../features/safety/quickExit';
import { useT } from '../core/i18n/language';
import { ROUTES } from '../core/routes';
import '../features/safety/quickExit.css';

interface Props {
  children: ReactNode;
  /** The outermost boundary stands in for the whole app, Quick exit included; inner ones sit
   * inside the shell, which has its own. */
  quickExit?: boolean;
  /** The address of the screen inside (inner boundaries only). Moving to another address clears
   * the failure, so the shell's links (Help now first) always lead out of it. */
  location?: string;
}

interface State {
  error: Error | null;
  /** The address the last render was for; a new one clears the error. */
  location: string | undefined;
}

function isToday(location: string): boolean {
  return location === ROUTES.today;
}

function isHelp(location: string): boolean {
  return location === ROUTES.help || location.startsWith(`${ROUTES.help}/`);
}

/** Where the outermost boundary's page is, read from the hash (it sits outside the router). */
function hashLocation(): string {
  return window.location.hash.replace(/^#/, '') || '/';
}

/** A fresh start of the whole app at `route`, for when the app itself broke. */
function restartAt(route: string) {
  window.location.hash = `#${route}`;
  window.location.reload();
}

/** Catches a screen that breaks, so a person sees plain words instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, location: this.props.location };

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.location === state.location) return null;
    return { location: props.location, error: null };
  }

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Stays on this device: there is nowhere else for it to go.
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <FailedScreen
        outer={this.props.quickExit === true}
        location={this.props.location ?? hashLocation()}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

/** What stands in for a failed screen: a component of its own so its words follow a change of
 * language (a class cannot use the language hook). */
function FailedScreen({
  outer,
  location,
  onRetry,
}: {
  outer: boolean;
  location: string;
  onRetry: () => void;
}) {
  const t = useT();
  const Body = outer ? 'main' : 'div';
  return (
    <div className="fullscreen-message">
      {outer && (
        <div className="fullscreen-message__bar">
          {/* Not QuickExitButton alone: after the exit this screen must give way to the neutral
              one, which only a fresh render of the app below can show. */}
          <button
            type="button"
            className="quick-exit"
            onClick={() => {
              void quickExit();
              onRetry();
            }}
          >
            {t('Quick exit')}
          </button>
        </div>
      )}
      {/* The outermost boundary stands in for the whole app, so it is the page's main; an
          inner one already sits inside the shell's. */}
      <Body>
        <div role="alert">
          <h1>{t('This screen ran into a problem')}</h1>
          <p>
            {t(
              'Everything you saved is still safe on this device. The screen itself stopped working, not your journal.',
            )}
          </p>
        </div>
        <p className="row">
          <button type="button" className="button" onClick={onRetry}>
            {t('Try again')}
          </button>
          {outer ? <RestartChoices location={location} /> : <LeaveChoices location={location} />}
        </p>
        {/* Where the app or Help now itself failed, the shell's Help now link cannot help. */}
        {(outer || isHelp(location)) && <NeedHelpNow open={isHelp(location)} />}
      </Body>
    </div>
  );
}

/** Ways out of a failed screen, inside the shell. Today is not offered when Today is what failed:
 * it would only fail again. */
function LeaveChoices({ location }: { location: string }) {
  const t = useT();
  if (!isToday(location)) {
    return (
      <Link href={ROUTES.today} className="button button--quiet">
        {t('Start again from Today')}
      </Link>
    );
  }
  return (
    <>
      <Link href={ROUTES.help} className="button button--quiet">
        {t('Help now')}
      </Link>
      <Link href={ROUTES.journal} className="button button--quiet">
        {t('Your journal')}
      </Link>
    </>
  );
}

/** The same, for when the whole app failed: each starts it afresh. */
function RestartChoices({ location }: { location: string }) {
  const t = useT();
  if (!isToday(location)) {
    return (
      <button
        type="button"
        className="button button--quiet"
        onClick={() => restartAt(ROUTES.today)}
      >
        {t('Start again from Today')}
      </button>
    );
  }
  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => restartAt(ROUTES.help)}>
        {t('Help now')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => restartAt(ROUTES.journal)}
      >
        {t('Your journal')}
      </button>
    </>
  );
}

/** The boundary around the routed screens: a failure stays with the screen that had it. */
export function ScreenBoundary({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return <ErrorBoundary location={location}>{children}</ErrorBoundary>;
}
