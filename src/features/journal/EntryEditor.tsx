import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { msg, useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { useEditorSave, type Fit } from '../../core/useEditorSave';
import { LimitNote } from '../../ui/LimitNote';
import { SaveLine } from '../../ui/SaveLine';
import { useToasts } from '../../ui/toastStore';
import { MAX_ENTRY_CHARS, saveEntryOnto } from './journalRepo';
import { EntryDate } from './EntryDate';
import { MoodPicker } from './MoodPicker';
import type { NewEntryContext } from './newEntryStore';
import { PromptCard } from './PromptCard';
import { TagInput } from './TagInput';
import { withLink } from './withLink';
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
  /** Unset on a new page until the person chooses a day: it is then written on today's. */
  day: string | undefined;
}

function draftOf(entry: JournalEntry | undefined): Draft {
  return {
    title: entry?.title ?? '',
    body: entry?.body ?? '',
    mood: entry?.mood,
    tags: entry?.tags ?? [],
    day: entry?.day,
  };
}

// Autosave compares snapshots as strings: equal words mean nothing to save.
const snapshot = (draft: Draft) => JSON.stringify(draft);

export const KEPT_BOTH = msg(
  'This entry was also changed in another window while you were writing here. Both versions are kept: what you wrote here is now its own entry, and the other one is in your journal as it was left.',
);

export function EntryEditor({ id, initial, context, focusWords = false }: Props) {
  const t = useT();
  const step = initial?.step || context?.step || 0;
  const promptId = initial?.promptId ?? context?.promptId;
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  // Where these words are saved: this entry, or the copy they became when another window
  // changed it meanwhile (so neither window's words vanish).
  const target = useRef(id);
  const [targetId, setTargetId] = useState(id);
  const [, navigate] = useLocation();
  const showToast = useToasts((toasts) => toasts.show);
  // A save on the way out of the screen must not pull the person back to the copy.
  const onScreen = useRef(true);
  useEffect(() => {
    onScreen.current = true;
    return () => {
      onScreen.current = false;
    };
  }, []);

  const write = useCallback(
    async (value: string, fit: Fit, lastWritten: number | undefined) => {
      const draft = JSON.parse(value) as Draft;
      const { mood, tags, day } = draft;
      // The title and the words share one limit; the title is kept whole first.
      const title = fit.text(draft.title, MAX_ENTRY_CHARS, t('Title'));
      const body = fit.text(draft.body, MAX_ENTRY_CHARS - title.length, t('Your words'));
      const { updated, copyId } = await saveEntryOnto(
        { id: target.current, title, body, mood, tags, step, promptId, day },
        lastWritten,
      );
      if (copyId !== undefined) {
        target.current = copyId;
        setTargetId(copyId);
        if (onScreen.current) navigate(ROUTES.entry(copyId), { replace: true });
        showToast({ message: t(KEPT_BOTH) }, 30_000);
      }
      return updated;
    },
    [step, promptId, navigate, showToast, t],
  );
  // Once the words went to a copy, the entry they came from is the other window's to follow.
  const followed = initial?.id === targetId ? initial : undefined;
  const { state } = useEditorSave({
    value: snapshot(draft),
    write,
    stored: followed,
    take: (stored) => {
      const incoming = draftOf(stored);
      setDraft(incoming);
      return snapshot(incoming);
    },
  });

  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const words = countWords(draft.body);

  return (
    <form autoComplete="off" className="editor" onSubmit={(event) => event.preventDefault()}>
      <PromptCard step={step} promptId={promptId} />
      <div className="field">
        <label htmlFor="entry-title">{t('Title (optional)')}</label>
        <input
          id="entry-title"
          className="input"
          value={draft.title}
          onChange={(event) => update({ title: event.target.value })}
          maxLength={Math.max(0, MAX_ENTRY_CHARS - draft.body.length)}
          autoComplete="off"
          dir="auto"
        />
      </div>
      <div className="field">
        <label htmlFor="entry-body">{t('Your words')}</label>
        <textarea
          autoComplete="off"
          id="entry-body"
          className="textarea"
          value={draft.body}
          onChange={(event) => update({ body: event.target.value })}
          maxLength={Math.max(0, MAX_ENTRY_CHARS - draft.title.length)}
          dir="auto"
          spellCheck
          autoFocus={focusWords}
        />
        <LimitNote
          length={draft.body.length + draft.title.length}
          max={MAX_ENTRY_CHARS}
          more={t('A new entry has room for more.')}
        />
      </div>
      <SaveLine state={state} words={words} />
      {!step && (
        <p className="muted">
          {withLink(
            t('Need a moment? {link}; your words stay saved here.'),
            <Link href={ROUTES.help}>{t('Take a pause')}</Link>,
          )}
        </p>
      )}
      <MoodPicker mood={draft.mood} onChange={(mood) => update({ mood })} />
      <TagInput tags={draft.tags} onChange={(tags) => update({ tags })} />
      <EntryDate day={draft.day} onChange={(day) => update({ day })} />
    </form>
  );
}

function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/u).length : 0;
}
