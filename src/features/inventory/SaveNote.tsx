import type { SaveState } from '../../core/useAutosave';

/** Where a draft stands, said in words and announced politely to screen readers. */
export function SaveNote({ state }: { state: SaveState }) {
  return (
    <>
      <p className="inventory-save muted" aria-live="polite">
        {state.status === 'idle' && 'Saves as you go'}
        {state.status === 'saving' && 'Saving…'}
        {state.status === 'saved' && 'Saved on this device'}
        {state.status === 'error' && 'Not saved yet'}
      </p>
      {state.status === 'error' && (
        <p className="inventory-error" role="alert">
          {state.message}
        </p>
      )}
    </>
  );
}
