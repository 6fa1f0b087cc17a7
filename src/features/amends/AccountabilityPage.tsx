import { Link } from 'wouter';
import { LimitNote } from '../../ui/LimitNote';
import { ROUTES } from '../../core/routes';
import {
  ACCOUNTABILITY_PARTS,
  saveAccountability,
  type Accountability,
} from './accountabilityRepo';
import { WORKSHEET_EFFORT } from './copy';
import type { StoredDocument } from './documentsRepo';
import { PauseLine } from './PauseLine';
import { useDocumentDraft } from './useDocumentDraft';
import { MAX_FIELD_CHARS } from './validation';
import { SaveLine } from '../../ui/SaveLine';
import { useAccountability } from './useAmends';
import './amends.css';

const EMPTY: Accountability = { values: '', boundaries: '', keeping: '', repair: '' };

/** The accountability-in-relationships worksheet: one sealed document, saved as you write. */
export default function AccountabilityPage() {
  const saved = useAccountability();
  return (
    <section className="amends">
      <Link href={ROUTES.amends} className="amends-back">
        Back to amends
      </Link>
      <h1>Accountability in relationships</h1>
      <p>
        Making amends includes how you show up from now on. This worksheet is for you alone; each
        part is optional.
      </p>
      <PauseLine />
      {saved === null ? (
        <p className="muted">Opening…</p>
      ) : saved === 'unreadable' ? (
        <p className="notice">
          This worksheet could not be opened. It is left exactly as it is, and nothing else is
          affected.
        </p>
      ) : (
        <Worksheet initial={saved} />
      )}
    </section>
  );
}

function Worksheet({ initial }: { initial: StoredDocument<Accountability> | undefined }) {
  const { draft, setDraft, state } = useDocumentDraft(
    initial,
    EMPTY,
    saveAccountability,
    Object.fromEntries(ACCOUNTABILITY_PARTS.map((part) => [part.id, part.label])),
  );
  const written = Object.values(draft).some((value) => value.trim());
  return (
    <form autoComplete="off" onSubmit={(event) => event.preventDefault()}>
      {ACCOUNTABILITY_PARTS.map((part) => (
        <div key={part.id} className="field">
          <label htmlFor={`accountability-${part.id}`}>{part.label}</label>
          <p id={`accountability-${part.id}-hint`} className="amends-guide muted">
            {part.hint}
          </p>
          <textarea
            autoComplete="off"
            id={`accountability-${part.id}`}
            className="textarea amends-textarea"
            aria-describedby={`accountability-${part.id}-hint`}
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
        <p className="amends-effort">{WORKSHEET_EFFORT}</p>
      )}
    </form>
  );
}
