import { useCallback, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../app/routes';
import { requestPersistenceOnce } from '../settings/persistence';
import { useAutosave, type SaveState } from '../../lib/useAutosave';
import { useWordsSavedElsewhere } from '../../lib/useWordsSavedElsewhere';
import { saveEntry } from './journalRepo';
import { MoodPicker } from './MoodPicker';
import type { NewEntryContext } from './newEntryStore';
import { PromptCard } from './PromptCard';
import { TagInput } from './TagInput';
import type { JournalEntry } from './types';

interface Props {
  id: string;
  initial: JournalEntry | undefined;
  /** For a new entry: the step and prompt it answers. */
  context?: NewEntryContext;
  /** The person asked for a new entry: the writing box takes focus as it opens. */
  focusWords?: boolean;
}

interface Draft {
  title: string;
  body: string;
  mood: number | undefined;
  tags: string[];
}

function draftOf(entry: JournalEntry | undefined): Draft {
  return {
    title: entry?.title ?? '',
    body: entry?.body ?? '',
    mood: entry?.mood,
    tags: entry?.tags ?? [],
  };
}

// Autosave compares snapshots as strings: equal words mean nothing to save.
const snapshot = (draft: Draft) => JSON.stringify(draft);

export function EntryEditor({ id, initial, context, focusWords = false }: Props) {
  const step = initial?.step || context?.step || 0;
  const promptId = initial?.promptId ?? context?.promptId;
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const lastWritten = useRef<number | undefined>(initial?.updated);

  const save = useCallback(
    async (value: string) => {
      const { title, body, mood, tags } = JSON.parse(value) as Draft;
      const updated = await saveEntry({ id, title, body, mood, tags, step, promptId });
      if (updated !== undefined) {
        lastWritten.current = updated;
        void requestPersistenceOnce();
      }
    },
    [id, step, promptId],
  );
  const { state, accept, isDirty } = useAutosave({ value: snapshot(draft), save });

  useWordsSavedElsewhere(initial, lastWritten, { accept, isDirty }, (stored) => {
    const incoming = draftOf(stored);
    setDraft(incoming);
    return snapshot(incoming);
  });

  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const words = countWords(draft.body);

  return (
    <form autoComplete="off" className="editor" onSubmit={(event) => event.preventDefault()}>
      <PromptCard step={step} promptId={promptId} />
      <div className="field">
        <label htmlFor="entry-title">Title (optional)</label>
        <input
          id="entry-title"
          className="input"
          value={draft.title}
          onChange={(event) => update({ title: event.target.value })}
          autoComplete="off"
          dir="auto"
        />
      </div>
      <div className="field">
        <label htmlFor="entry-body">Your words</label>
        <textarea
          autoComplete="off"
          id="entry-body"
          className="textarea"
          value={draft.body}
          onChange={(event) => update({ body: event.target.value })}
          dir="auto"
          spellCheck
          autoFocus={focusWords}
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
      {!step && (
        <p className="muted">
          Need a moment? <Link href={ROUTES.help}>Take a pause</Link>; your words stay saved here.
        </p>
      )}
      <MoodPicker mood={draft.mood} onChange={(mood) => update({ mood })} />
      <TagInput tags={draft.tags} onChange={(tags) => update({ tags })} />
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
