import { Link } from 'wouter';
import { LimitNote } from '../../ui/LimitNote';
import { ROUTES } from '../../core/routes';
import { CareCommitments } from './CareCommitments';
import { SELF_EFFORT } from './copy';
import type { StoredDocument } from './documentsRepo';
import { PauseLine } from './PauseLine';
import { useDocumentDraft } from './useDocumentDraft';
import { MAX_FIELD_CHARS } from './validation';
import { SaveLine } from '../../ui/SaveLine';
import { saveSelfForgiveness, type SelfForgiveness } from './selfAmendsRepo';
import { useSelfForgiveness } from './useAmends';
import './amends.css';

const PARTS: readonly { id: keyof SelfForgiveness; label: string; hint: string }[] = [
  {
    id: 'coped',
    label: 'How I coped, when I had nothing better',
    hint: 'The ways you got through. They made sense at the time.',
  },
  {
    id: 'forgive',
    label: 'What I forgive myself for',
    hint: 'Forgiving is not excusing harm. It is making room to heal.',
  },
  {
    id: 'need',
    label: 'What I need from myself now',
    hint: 'Rest, patience, help, a kinder voice inside…',
  },
];

/** Amends to myself: forgiving how I coped, and commitments of care with a check-in log. */
export default function SelfAmendsPage() {
  const saved = useSelfForgiveness();
  return (
    <section className="amends">
      <Link href={ROUTES.amends} className="amends-back">
        Back to amends
      </Link>
      <h1>Amends to yourself</h1>
      <p>
        You are first on your list. Trauma and addiction often bring years of self-neglect and
        self-blame; you deserve repair too.
      </p>
      <PauseLine />
      <h2>Forgiving myself</h2>
      {saved === null ? (
        <p className="muted">Opening…</p>
      ) : saved === 'unreadable' ? (
        <p className="notice">
          These words could not be opened. They are left exactly as they are, and nothing else is
          affected.
        </p>
      ) : (
        <Forgiveness initial={saved} />
      )}
      <h2 className="amends-block">Commitments of care</h2>
      <CareCommitments />
    </section>
  );
}

const NO_WORDS: SelfForgiveness = { coped: '', forgive: '', need: '' };

function Forgiveness({ initial }: { initial: StoredDocument<SelfForgiveness> | undefined }) {
  const { draft, setDraft, state } = useDocumentDraft(
    initial,
    NO_WORDS,
    saveSelfForgiveness,
    Object.fromEntries(PARTS.map((part) => [part.id, part.label])),
  );
  const written = Object.values(draft).some((value) => value.trim());
  return (
    <form autoComplete="off" onSubmit={(event) => event.preventDefault()}>
      {PARTS.map((part) => (
        <div key={part.id} className="field">
          <label htmlFor={`self-${part.id}`}>{part.label}</label>
          <p id={`self-${part.id}-hint`} className="amends-guide muted">
            {part.hint}
          </p>
          <textarea
            autoComplete="off"
            id={`self-${part.id}`}
            className="textarea amends-textarea"
            aria-describedby={`self-${part.id}-hint`}
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
        <p className="amends-effort">{SELF_EFFORT}</p>
      )}
    </form>
  );
}
