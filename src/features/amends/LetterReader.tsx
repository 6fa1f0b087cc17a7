import { useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { LETTER_EFFORT, NEVER_SENT } from './copy';
import { longDate } from './dates';
import { errorText } from './errorText';
import { editLetterAgain, sealLetter, unsealLetter } from './lettersRepo';
import { LetterText } from './LetterText';
import type { Letter } from './types';

/** A finished or sealed letter, read-only, with what can be done with it. None of it sends. */
export function LetterReader({ letter }: { letter: Letter }) {
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const run = async (action: (id: string) => Promise<void>) => {
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
          Sealed on {longDate(letter.updated)}. It is read-only and stays exactly as it is.
        </p>
      ) : (
        <p className="amends-effort">{LETTER_EFFORT}</p>
      )}
      <LetterText letter={letter} />
      <p className="muted">{NEVER_SENT}</p>
      <div className="row amends-actions">
        {sealed ? (
          !asking && (
            <button type="button" className="button button--quiet" onClick={() => setAsking(true)}>
              Unseal this letter
            </button>
          )
        ) : (
          <>
            <button type="button" className="button" onClick={() => void run(sealLetter)}>
              Seal this letter
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void run(editLetterAgain)}
            >
              Edit again
            </button>
          </>
        )}
        <Link href={ROUTES.amendsLetterPrint(letter.id)} className="button button--quiet">
          Open a print view
        </Link>
        <Link href={ROUTES.amendsLetterRelease(letter.id)} className="button button--quiet">
          Release this letter
        </Link>
      </div>
      {asking && (
        <div className="card" role="group" aria-label="Unseal this letter?">
          <p>Unseal this letter? It becomes a finished letter again, and you can edit it.</p>
          <div className="row">
            <button type="button" className="button" onClick={() => void run(unsealLetter)}>
              Yes, unseal it
            </button>
            <button type="button" className="button button--quiet" onClick={() => setAsking(false)}>
              Keep it sealed
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
