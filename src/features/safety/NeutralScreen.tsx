import { useEffect } from 'react';
import { leaveNeutralScreen, NEUTRAL_TITLE } from './quickExit';
import './quickExit.css';

/** What the quick exit leaves on screen: a plain, empty page that says nothing about recovery. */
export function NeutralScreen() {
  useEffect(() => {
    document.title = NEUTRAL_TITLE;
  }, []);
  return (
    <main className="neutral">
      <h1>Notes</h1>
      <p className="muted">Nothing here yet.</p>
      <button type="button" className="button button--quiet" onClick={leaveNeutralScreen}>
        Continue
      </button>
    </main>
  );
}
