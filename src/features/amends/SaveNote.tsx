import type { SaveState } from '../../core/useAutosave';

/** Where a draft stands, in words, announced politely to screen readers; a word count beside. */
export function SaveNote({ state, words }: { state: SaveState; words?: number }) {
  const count = words === undefined ? '' : ` · ${words === 1 ? '1 word' : `${words} words`}`;
  return (
    <>
      <p className="amends-save muted" aria-live="polite">
        {state.status === 'idle' && 'Saves as you write'}
        {state.status === 'saving' && 'Saving…'}
        {state.status === 'saved' && 'Saved on this device'}
        {state.status === 'error' && 'Not saved yet'}
        {count}
      </p>
      {state.status === 'error' && (
        <p className="amends-error" role="alert">
          {state.message}
        </p>
      )}
    </>
  );
}
