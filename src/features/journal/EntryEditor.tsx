import { useCallback, useMemo, useState } from 'react';
import { requestPersistenceOnce } from '../settings/persistence';
import { useAutosave, type SaveState } from '../../lib/useAutosave';
import { saveEntry } from './journalRepo';
import type { NewEntryContext } from './newEntryStore';
import { PromptCard } from './PromptCard';
import type { JournalEntry } from './types';

interface Props {
  id: string;
  initial: JournalEntry | undefined;
  /** For a new entry: the step and prompt it answers. */
  context?: NewEntryContext;
}

export function EntryEditor({ id, initial, context }: Props) {
  const step = initial?.step || context?.step || 0;
  const promptId = initial?.promptId ?? context?.promptId;
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const draft = useMemo(() => ({ title, body }), [title, body]);

  const save = useCallback(
    async (value: { title: string; body: string }) => {
      await saveEntry({
        id,
        title: value.title,
        body: value.body,
        step,
        promptId,
        mood: initial?.mood,
        tags: initial?.tags,
      });
      void requestPersistenceOnce();
    },
    [id, initial, step, promptId],
  );
  const { state } = useAutosave({ value: draft, save });
  const words = countWords(body);

  return (
    <form className="editor" onSubmit={(event) => event.preventDefault()}>
      <PromptCard step={step} promptId={promptId} />
      <div className="field">
        <label htmlFor="entry-title">Title (optional)</label>
        <input
          id="entry-title"
          className="input"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor="entry-body">Your words</label>
        <textarea
          id="entry-body"
          className="textarea"
          value={body}
          onChange={(event) => setBody(event.target.value)}
          dir="auto"
          spellCheck
        />
      </div>
      <p className="editor__status muted" aria-live="polite">
        <SaveStatus state={state} /> · {words === 1 ? '1 word' : `${words} words`}
      </p>
      {state.status === 'error' && (
        <p className="editor__error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}

function SaveStatus({ state }: { state: SaveState }) {
  switch (state.status) {
    case 'idle':
      return <>Saves as you write</>;
    case 'saving':
      return <>Saving…</>;
    case 'saved':
      return <>Saved on this device</>;
    case 'error':
      return <>Not saved yet</>;
  }
}

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/u).length : 0;
}
