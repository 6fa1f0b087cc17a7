import { useCallback, useId, useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { useEditorSave, type Fit } from '../../core/useEditorSave';
import { LimitNote } from '../../ui/LimitNote';
import { NEVER_SENT } from './copy';
import { errorText } from './errorText';
import {
  HARMED_ME_SAFETY,
  LETTER_KIND_GUIDES,
  LETTER_KIND_LABELS,
  LETTER_KINDS,
  LETTER_SECTIONS,
  kindOf,
  letterWordCount,
  sectionsOf,
} from './letterSections';
import { finishLetter, saveLetter } from './lettersRepo';
import { PauseLine } from './PauseLine';
import { SaveLine } from '../../ui/SaveLine';
import type { Letter, LetterKind, LetterSections } from './types';
import { MAX_FIELD_CHARS } from './validation';

interface Draft {
  /** Chosen first; undefined only on a new letter nobody has chosen a kind for yet. */
  kind: LetterKind | undefined;
  toMyself: boolean;
  recipient: string;
  amendsId: string | undefined;
  sections: LetterSections;
}

export interface LetterSeed {
  kind?: LetterKind;
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
    kind: initial ? kindOf(initial) : seed.kind,
    toMyself: initial ? (initial.toMyself ?? false) : (seed.toMyself ?? false),
    recipient: initial?.recipient ?? seed.recipient ?? '',
    amendsId: initial ? initial.amendsId : seed.amendsId,
    sections: initial?.sections ?? {},
  }));
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  const write = useCallback(
    (value: string, fit: Fit) => {
      const parsed = JSON.parse(value) as Draft;
      const sections: LetterSections = {};
      for (const section of LETTER_SECTIONS) {
        const text = parsed.sections[section.id];
        if (text !== undefined) {
          sections[section.id] = fit.text(text, MAX_FIELD_CHARS, t(section.title));
        }
      }
      const recipient = fit.text(parsed.recipient, MAX_FIELD_CHARS, t('Their name'));
      const { kind, ...rest } = parsed;
      return saveLetter({ id, ...rest, ...(kind && { kind }), recipient, sections });
    },
    [id, t],
  );
  const { state, flush } = useEditorSave({
    value: snapshot(draft),
    write,
    stored: initial,
    take: (stored) => {
      const incoming: Draft = {
        kind: kindOf(stored),
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
  const kindName = useId();
  const nameId = useId();
  const kind = draft.kind;
  const toMyself = kind === 'myself' || (kind === 'harmed' && draft.toMyself);
  // One whole sentence for the translator, split where the link goes.
  const [linkedBefore, linkedAfter] = t('Linked to {link}.').split('{link}');

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
      <p className="muted">{t(NEVER_SENT)}</p>
      <fieldset>
        <legend>{t('What kind of letter is this?')}</legend>
        <div className="amends-kinds">
          {LETTER_KINDS.map((choice) => (
            <label key={choice} className="choice choice--wide">
              <input
                autoComplete="off"
                type="radio"
                name={kindName}
                checked={kind === choice}
                onChange={() => update({ kind: choice })}
                aria-describedby={`${id}-kind-${choice}`}
              />
              <span>
                {t(LETTER_KIND_LABELS[choice])}
                <span id={`${id}-kind-${choice}`} className="amends-meaning muted">
                  {t(LETTER_KIND_GUIDES[choice])}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind === undefined ? (
        <p className="muted">
          {t('When you have chosen, the parts of the letter will appear here.')}
        </p>
      ) : (
        <>
          {kind === 'harmed-me' && <p className="notice">{t(HARMED_ME_SAFETY)}</p>}
          {kind === 'harmed' && (
            <fieldset>
              <legend>{t('Who is this letter to?')}</legend>
              <div className="choices">
                <label className="choice">
                  <input
                    autoComplete="off"
                    type="radio"
                    name={who}
                    checked={draft.toMyself}
                    onChange={() => update({ toMyself: true })}
                  />
                  {t('Myself')}
                </label>
                <label className="choice">
                  <input
                    autoComplete="off"
                    type="radio"
                    name={who}
                    checked={!draft.toMyself}
                    onChange={() => update({ toMyself: false })}
                  />
                  {t('Someone else')}
                </label>
              </div>
            </fieldset>
          )}
          {!toMyself && (
            <div className="field amends-spaced">
              <label htmlFor={nameId}>{t('Their name')}</label>
              {kind === 'harmed-me' && (
                <p id={`${nameId}-guide`} className="amends-guide muted">
                  {t('A name, initials, or just “you”: whatever feels safe to write.')}
                </p>
              )}
              <input
                id={nameId}
                className="input"
                value={draft.recipient}
                onChange={(event) => update({ recipient: event.target.value })}
                maxLength={MAX_FIELD_CHARS}
                autoComplete="off"
                dir="auto"
                {...(kind === 'harmed-me' && { 'aria-describedby': `${nameId}-guide` })}
              />
              <LimitNote length={draft.recipient.length} max={MAX_FIELD_CHARS} />
              {draft.amendsId && (
                <p className="muted">
                  {linkedBefore}
                  <Link href={ROUTES.amendsItem(draft.amendsId)} className="amends-inline-link">
                    {t('your amends list')}
                  </Link>
                  {linkedAfter}
                </p>
              )}
            </div>
          )}

          <p>{t('Each part is optional. Write as much or as little as feels true.')}</p>
          {sectionsOf({ kind, sections: draft.sections }).map((section) => (
            <div key={section.id} className="field amends-section">
              <label htmlFor={`${id}-${section.id}`}>{t(section.title)}</label>
              <p id={`${id}-${section.id}-guide`} className="amends-guide muted">
                {t(section.guide)}
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
        </>
      )}
      <SaveLine state={state} words={letterWordCount(draft)} />
      <button type="button" className="button" onClick={() => void finish()}>
        {t('Finish this letter')}
      </button>
      {error && (
        <p className="amends-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
