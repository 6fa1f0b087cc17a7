import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Plain words in place of the part that failed; the rest of the screen stays. */
  fallback: ReactNode;
}

/** Keeps one part of a screen from taking the whole screen down, where the rest must stay up
 * (Help now's own contacts must never hide its crisis lines). */
export class SectionBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
