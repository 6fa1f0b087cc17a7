import { useT } from '../core/i18n/language';
import type { SaveState } from '../core/useAutosave';
import { CopyWords } from './CopyWords';
import './saveLine.css';

/** Where an editor's words stand, in the same words everywhere, announced politely; a failure's
 * own plain words (useAutosave's message) follow as an alert, and for a record deleted for good
 * elsewhere, a way to copy the words that can no longer be kept in it. */
export function SaveLine({
  state,
  words,
  idle,
}: {
  state: SaveState;
  words?: number;
  /** Before anything changed; a form of taps and sliders says "as you go". */
  idle?: string;
}) {
  const t = useT();
  const count =
    words === undefined
      ? ''
      : ` · ${words === 1 ? t('1 word') : t('{count} words', { count: words })}`;
  return (
    <>
      <p className="save-line muted" aria-live="polite">
        {state.status === 'idle' && (idle ?? t('Saves as you write'))}
        {state.status === 'saving' && t('Saving…')}
        {state.status === 'saved' && t('Saved on this device')}
        {state.status === 'error' && (state.deleted ? t('Not saved') : t('Not saved yet'))}
        {count}
      </p>
      {state.status === 'error' && (
        <p className="save-line__error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'error' && state.deleted?.words && (
        <CopyWords words={state.deleted.words} latest={state.deleted.latest} />
      )}
    </>
  );
}
