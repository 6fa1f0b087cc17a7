import { useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { LETTER_EFFORT, NEVER_SENT } from './copy';
import { longDate } from './dates';
import { errorText } from './errorText';
import { editLetterAgain, sealLetter, unsealLetter } from './lettersRepo';
import { LetterText } from './LetterText';
import type { Letter } from './types';

/** A finished or sealed letter, read-only, with what can be done with it. None of it sends. */
export function LetterReader({ letter }: { letter: Letter }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const run = async (action: typeof sealLetter) => {
    setError(null);
    try {
      await action(letter.id);
      setAsking(false);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const sealed = letter.status === 'sealed';
  return (
    <>
      {sealed ? (
        <p className="amends-sealed">
          {t('Sealed on {date}. It is read-only and stays exactly as it is.', {
            date: longDate(letter.updated),
          })}
        </p>
      ) : (
        <p className="amends-effort">{t(LETTER_EFFORT)}</p>
      )}
      <LetterText letter={letter} />
      <p className="muted">{t(NEVER_SENT)}</p>
      <div className="row amends-actions">
        {sealed ? (
          !asking && (
            <button type="button" className="button button--quiet" onClick={() => setAsking(true)}>
              {t('Unseal this letter')}
            </button>
          )
        ) : (
          <>
            <button type="button" className="button" onClick={() => void run(sealLetter)}>
              {t('Seal this letter')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void run(editLetterAgain)}
            >
              {t('Edit again')}
            </button>
          </>
        )}
        <Link href={ROUTES.amendsLetterPrint(letter.id)} className="button button--quiet">
          {t('Open a print view')}
        </Link>
        <Link href={ROUTES.amendsLetterRelease(letter.id)} className="button button--quiet">
          {t('Release this letter')}
        </Link>
      </div>
      {asking && (
        <div className="card" role="group" aria-label={t('Unseal this letter?')}>
          <p>{t('Unseal this letter? It becomes a finished letter again, and you can edit it.')}</p>
          <div className="row">
            <button type="button" className="button" onClick={() => void run(unsealLetter)}>
              {t('Yes, unseal it')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setAsking(false)}>
              {t('Keep it sealed')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="amends-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
