import { useState } from 'react';
import { useT } from '../core/i18n/language';

/**
 * Taking something off a list in two taps, "Keep" right beside the second; a failed removal is
 * said plainly, and the item stays.
 */
export function ConfirmRemove({
  question,
  yes,
  onRemove,
  onKeep,
}: {
  question: string;
  yes: string;
  onRemove(): Promise<void>;
  onKeep: () => void;
}) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  function remove() {
    setError(null);
    onRemove().catch((failure: unknown) => {
      console.error(failure);
      setError(t('It could not be removed just now. It is still here; you can try again.'));
    });
  }
  return (
    <>
      <div className="row">
        <span>{question}</span>
        <button type="button" className="button button--danger" onClick={remove}>
          {yes}
        </button>
        <button type="button" className="button button--quiet" onClick={onKeep}>
          {t('Keep')}
        </button>
      </div>
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
    </>
  );
}
