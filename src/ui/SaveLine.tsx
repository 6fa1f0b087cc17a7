import type { SaveState } from '../core/useAutosave';
import './saveLine.css';

/** Where an editor's words stand, in the same words everywhere, announced politely; a failure's
 * own plain words (useAutosave's message) follow as an alert. */
export function SaveLine({
  state,
  words,
  idle = 'Saves as you write',
}: {
  state: SaveState;
  words?: number;
  /** Before anything changed; a form of taps and sliders says "as you go". */
  idle?: string;
}) {
  const count = words === undefined ? '' : ` · ${words === 1 ? '1 word' : `${words} words`}`;
  return (
    <>
      <p className="save-line muted" aria-live="polite">
        {state.status === 'idle' && idle}
        {state.status === 'saving' && 'Saving…'}
        {state.status === 'saved' && 'Saved on this device'}
        {state.status === 'error' && 'Not saved yet'}
        {count}
      </p>
      {state.status === 'error' && (
        <p className="save-line__error" role="alert">
          {state.message}
        </p>
      )}
    </>
  );
}
