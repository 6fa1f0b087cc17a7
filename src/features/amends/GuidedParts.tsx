import { useT } from '../../core/i18n/language';
import { LimitNote } from '../../ui/LimitNote';
import { SaveLine } from '../../ui/SaveLine';
import type { SaveWords, StoredDocument } from './documentsRepo';
import { useDocumentDraft } from './useDocumentDraft';
import { MAX_FIELD_CHARS } from './validation';

export interface GuidedPart<T> {
  id: keyof T & string;
  label: string;
  hint: string;
}

/**
 * A worksheet of guided boxes kept as one sealed document, saved as the person writes; once
 * something is written and kept, a line recognises the effort.
 */
export function GuidedParts<T extends { [K in keyof T]: string }>({
  name,
  parts,
  initial,
  empty,
  save,
  effort,
}: {
  /** Names the boxes' ids, so two worksheets on one screen cannot share one. */
  name: string;
  parts: readonly GuidedPart<T>[];
  initial: StoredDocument<T> | undefined;
  empty: T;
  save: SaveWords<T>;
  /** Parts' labels and hints and the effort line are English words (`msg`), said through `t`. */
  effort: string;
}) {
  const t = useT();
  const { draft, setDraft, state } = useDocumentDraft(
    initial,
    empty,
    save,
    Object.fromEntries(parts.map((part) => [part.id, t(part.label)])) as {
      [K in keyof T]?: string;
    },
  );
  const written = Object.values<string>(draft).some((value) => value.trim());
  return (
    <form autoComplete="off" onSubmit={(event) => event.preventDefault()}>
      {parts.map((part) => (
        <div key={part.id} className="field">
          <label htmlFor={`${name}-${part.id}`}>{t(part.label)}</label>
          <p id={`${name}-${part.id}-hint`} className="amends-guide muted">
            {t(part.hint)}
          </p>
          <textarea
            autoComplete="off"
            id={`${name}-${part.id}`}
            className="textarea amends-textarea"
            aria-describedby={`${name}-${part.id}-hint`}
            value={draft[part.id]}
            onChange={(event) =>
              setDraft((current) => ({ ...current, [part.id]: event.target.value }))
            }
            maxLength={MAX_FIELD_CHARS}
            dir="auto"
          />
          <LimitNote length={draft[part.id].length} max={MAX_FIELD_CHARS} />
        </div>
      ))}
      <SaveLine state={state} />
      {written && (initial || state.status === 'saved') && (
        <p className="amends-effort">{t(effort)}</p>
      )}
    </form>
  );
}
