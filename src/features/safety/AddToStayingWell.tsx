import { useState } from 'react';
import { Link } from 'wouter';
import { msg, useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { InputError } from '../../lib/errors';
import { addTriggers } from './stayingWellRepo';

type Result = { words: string; added: number } | { words: string; failed: string };

const NOT_ADDED = msg(
  'They could not be added just now. Your check-in is kept as it is; you can try again.',
);

/** One tap to keep triggers named somewhere else (a check-in) in the staying-well plan. */
export default function AddToStayingWell({ words }: { words: string }) {
  const t = useT();
  const [result, setResult] = useState<Result>();
  const [busy, setBusy] = useState(false);
  if (!words.trim()) return null;
  // What was said belongs to the words it was said about; changed words offer the button again.
  const shown = result?.words === words ? result : undefined;

  const add = async () => {
    setBusy(true);
    try {
      setResult({ words, added: await addTriggers(words) });
    } catch (error) {
      console.error(error);
      setResult({ words, failed: error instanceof InputError ? error.message : t(NOT_ADDED) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="add-to-plan">
      {(!shown || 'failed' in shown) && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void add()}
          disabled={busy}
        >
          {t('Add to my staying-well plan')}
        </button>
      )}
      <p role="status" className="muted">
        {shown && 'added' in shown && (
          <>
            {shown.added > 0
              ? t('Added to your staying-well plan.')
              : t('Your staying-well plan already names these.')}{' '}
            <Link href={ROUTES.stayingWell}>{t('Read my staying-well plan')}</Link>
          </>
        )}
      </p>
      {shown && 'failed' in shown && (
        <p role="alert" className="notice">
          {shown.failed}
        </p>
      )}
    </div>
  );
}
