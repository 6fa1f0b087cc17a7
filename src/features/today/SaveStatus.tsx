import type { SaveState } from '../../core/useAutosave';

/** The autosave line under a form, in the same words the journal uses. */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <>
      <p className="today-save muted" aria-live="polite">
        {state.status === 'idle' && 'Saves as you go'}
        {state.status === 'saving' && 'Saving…'}
        {state.status === 'saved' && 'Saved on this device'}
        {state.status === 'error' && 'Not saved yet'}
      </p>
      {state.status === 'error' && (
        <p className="today-error" role="alert">
          {state.message}
        </p>
      )}
    </>
  );
}
