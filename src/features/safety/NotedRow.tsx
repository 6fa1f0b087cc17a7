import { useState, type ReactNode } from 'react';
import { ConfirmRemove } from '../../ui/ConfirmRemove';

/**
 * One noted time (a talk, a meeting gone to): what, when, the person's note, and a Remove that
 * asks first. A note can hold what someone shared; one stray tap must not take it away.
 */
export function NotedRow({
  name,
  when,
  note,
  removeLabel,
  onRemove,
  className,
}: {
  name: string;
  when: ReactNode;
  note: string;
  removeLabel: string;
  onRemove: () => Promise<void>;
  className: string;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <li className={`card ${className}`}>
      <strong dir="auto">{name}</strong>
      <span className="muted">{when}</span>
      {note && <p dir="auto">{note}</p>}
      {confirming ? (
        <ConfirmRemove
          question="Remove this note?"
          yes="Yes, remove"
          onRemove={onRemove}
          onKeep={() => setConfirming(false)}
        />
      ) : (
        <div className="row">
          <button
            type="button"
            className="button button--quiet"
            aria-label={removeLabel}
            onClick={() => setConfirming(true)}
          >
            Remove
          </button>
        </div>
      )}
    </li>
  );
}
