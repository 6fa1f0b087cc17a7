import { useState } from 'react';
import { useLocation } from 'wouter';
import { useT } from '../core/i18n/language';
import { useToasts } from './toastStore';

/**
 * Deleting for good always takes two taps: the first says what will happen, the second does it,
 * and "Keep it" is right beside it. Nothing is destroyed by one tap.
 */
export function DeleteForGood({
  label,
  warning,
  onDelete,
  then,
}: {
  /** What the first button says, such as "Delete this inventory". */
  label: string;
  /** One plain sentence on what goes and what stays. */
  warning: string;
  onDelete(): Promise<void>;
  /** Where to go once it is deleted (a screen that still exists), and what to say there. */
  then: { goTo: string; say: string };
}) {
  const [, navigate] = useLocation();
  const t = useT();
  const showToast = useToasts((state) => state.show);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await onDelete();
      navigate(then.goTo, { replace: true });
      showToast({ message: then.say });
    } catch (failure) {
      console.error(failure);
      setError(t('It could not be deleted just now. Nothing has changed; you can try again.'));
      setBusy(false);
    }
  }

  if (!confirming) {
    return (
      <p>
        <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
          {label}…
        </button>
      </p>
    );
  }
  return (
    <div role="group" aria-label={t('{label}?', { label })} className="card">
      <p>
        {warning} {t('It cannot be brought back.')}
      </p>
      <p className="row">
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          // remove() catches every failure itself and says so beside the buttons.
          onClick={() => void remove()}
        >
          {t('Delete for good')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={busy}
          onClick={() => setConfirming(false)}
          // The question has just appeared: the person lands on the safe answer, in view.
          autoFocus
        >
          {t('Keep it')}
        </button>
      </p>
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
    </div>
  );
}
