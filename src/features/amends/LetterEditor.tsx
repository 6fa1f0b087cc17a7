import { useCallback, useId, useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { useEditorSave, type Fit } from '../../core/useEditorSave';
import { LimitNote } from '../../ui/LimitNote';
import { NEVER_SENT } from './copy';
import { errorText } from './errorText';
import { LETTER_SECTIONS, letterWordCount } from './letterSections';
import { finishLetter, saveLetter } from './lettersRepo';
import { PauseLine } from './PauseLine';
import { SaveLine } from '../../ui/SaveLine';
import type { Letter, LetterSections } from './types';
import { MAX_FIELD_CHARS } from './validation';

interface Draft {
  toMyself: boolean;
  recipient: string;
  amendsId: string | undefined;
  sections: LetterSections;
}

export interface LetterSeed {
  toMyself?: boolean;
  recipient?: string;
  amendsId?: string;
}

// Autosave compares snapshots as strings: equal words mean nothing to save.
const snapshot = (draft: Draft) => JSON.stringify(draft);

/** The composer: whom it is to, then the guided sections, each optional, with autosave. */
export function LetterEditor({
  id,
  initial,
  seed,
}: {
  id: string;
  initial: Letter | undefined;
  seed: LetterSeed;
}) {
  const [draft, setDraft] = useState<Draft>(() => ({
    toMyself: initial ? (initial.toMyself ?? false) : (seed.toMyself ?? false),
    recipient: initial?.recipient ?? seed.recipient ?? '',
    amendsId: initial ? initial.amendsId : seed.amendsId,
    sections: initial?.sections ?? {},
  }));
  const [error, setError] = useState<string | null>(null);
  const write = useCallback(
    (value: string, fit: Fit) => {
      const parsed = JSON.parse(value) as Draft;
      const sections: LetterSections = {};
      for (const section of LETTER_SECTIONS) {
        const text = parsed.sections[section.id];
        if (text !== undefined) {
          sections[section.id] = fit.text(text, MAX_FIELD_CHARS, section.title);
        }
      }
      const recipient = fit.text(parsed.recipient, MAX_FIELD_CHARS, 'Their name');
      return saveLetter({ id, ...parsed, recipient, sections });
    },
    [id],
  );
  const { state, flush } = useEditorSave({
    value: snapshot(draft),
    write,
    stored: initial,
    take: (stored) => {
      const incoming: Draft = {
        toMyself: stored.toMyself ?? false,
        recipient: stored.recipient ?? '',
        amendsId: stored.amendsId,
        sections: stored.sections ?? {},
      };
      setDraft(incoming);
      return snapshot(incoming);
    },
  });
  const update = (patch: Partial<Draft>) => {
    setError(null);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const who = useId();
  const nameId = useId();

  const finish = async () => {
    setError(null);
    try {
      await flush();
      await finishLetter(id);
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  return (
    <form autoComplete="off" onSubmit={(event) => event.preventDefault()}>
      <PauseLine />
      <p className="muted">{NEVER_SENT}</p>
      <fieldset>
        <legend>Who is this letter to?</legend>
        <div className="amends-choices">
          <label className="amends-choice">
            <input
              autoComplete="off"
              type="radio"
              name={who}
              checked={draft.toMyself}
              onChange={() => update({ toMyself: true })}
            />
            Myself
          </label>
          <label className="amends-choice">
            <input
              autoComplete="off"
              type="radio"
              name={who}
              checked={!draft.toMyself}
              onChange={() => update({ toMyself: false })}
            />
            Someone else
          </label>
        </div>
        {!draft.toMyself && (
          <div className="field amends-spaced">
            <label htmlFor={nameId}>Their name</label>
            <input
              id={nameId}
              className="input"
              value={draft.recipient}
              onChange={(event) => update({ recipient: event.target.value })}
              maxLength={MAX_FIELD_CHARS}
              autoComplete="off"
              dir="auto"
            />
            <LimitNote length={draft.recipient.length} max={MAX_FIELD_CHARS} />
            {draft.amendsId && (
              <p className="muted">
                Linked to{' '}
                <Link href={ROUTES.amendsItem(draft.amendsId)} className="amends-inline-link">
                  your amends list
                </Link>
                .
              </p>
            )}
          </div>
        )}
      </fieldset>

      <p>Each part is optional. Write as much or as little as feels true.</p>
      {LETTER_SECTIONS.map((section) => (
        <div key={section.id} className="field amends-section">
          <label htmlFor={`${id}-${section.id}`}>{section.title}</label>
          <p id={`${id}-${section.id}-guide`} className="amends-guide muted">
            {section.guide}
          </p>
          <textarea
            autoComplete="off"
            id={`${id}-${section.id}`}
            className="textarea amends-textarea"
            aria-describedby={`${id}-${section.id}-guide`}
            value={draft.sections[section.id] ?? ''}
            onChange={(event) =>
              update({ sections: { ...draft.sections, [section.id]: event.target.value } })
            }
            maxLength={MAX_FIELD_CHARS}
            dir="auto"
            spellCheck
          />
          <LimitNote length={(draft.sections[section.id] ?? '').length} max={MAX_FIELD_CHARS} />
        </div>
      ))}
      <SaveLine state={state} words={letterWordCount(draft)} />
      <button type="button" className="button" onClick={() => void finish()}>
        Finish this letter
      </button>
      {error && (
        <p className="amends-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
