import { useState, type ReactNode } from 'react';
import { useT } from '../../core/i18n/language';
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
  // A method signature: the catalog test would read an arrow type's return as words on screen.
  onRemove(): Promise<void>;
  className: string;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className={`card ${className}`}>
      <strong dir="auto">{name}</strong>
      <span className="muted">{when}</span>
      {note && <p dir="auto">{note}</p>}
      {confirming ? (
        <ConfirmRemove
          question={t('Remove this note?')}
          yes={t('Yes, remove')}
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
            {t('Remove')}
          </button>
        </div>
      )}
    </li>
  );
}
