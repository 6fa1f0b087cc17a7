import { Component, type ErrorInfo, type ReactNode } from 'react';
import { quickExit } from '../features/safety/quickExit';
import '../features/safety/quickExit.css';

interface Props {
  children: ReactNode;
  /** The outermost boundary stands in for the whole app, Quick exit included; inner ones sit
   * inside the shell, which has its own. */
  quickExit?: boolean;
}

interface State {
  error: Error | null;
}

/** Catches a screen that breaks, so a person sees plain words instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Stays on this device: there is nowhere else for it to go.
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const Body = this.props.quickExit ? 'main' : 'div';
    return (
      <div className="fullscreen-message">
        {this.props.quickExit && (
          <div className="fullscreen-message__bar">
            {/* Not QuickExitButton alone: after the exit this screen must give way to the neutral
              one, which only a fresh render of the app below can show. */}
            <button
              type="button"
              className="quick-exit"
              onClick={() => {
                void quickExit();
                this.setState({ error: null });
              }}
            >
              Quick exit
            </button>
          </div>
        )}
        {/* The outermost boundary stands in for the whole app, so it is the page's main; an
            inner one already sits inside the shell's. */}
        <Body>
          <div role="alert">
            <h1>This screen ran into a problem</h1>
            <p>
              Everything you saved is still safe on this device. The screen itself stopped working,
              not your journal.
            </p>
          </div>
          <p className="row">
            <button type="button" className="button" onClick={() => this.setState({ error: null })}>
              Try again
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                window.location.hash = '#/';
                window.location.reload();
              }}
            >
              Start again from Today
            </button>
          </p>
        </Body>
      </div>
    );
  }
}
