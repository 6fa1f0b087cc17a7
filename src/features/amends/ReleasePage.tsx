import { useId, useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { RELEASE_EFFORT } from './copy';
import { longDate } from './dates';
import { errorText } from './errorText';
import { releaseLetter } from './lettersRepo';
import type { Letter } from './types';
import { useLetter } from './useAmends';
import './amends.css';

type Stage = 'breath' | 'choose' | 'done';

/**
 * Releasing is a small ritual: a breath, one confirmation that says exactly what happens, then
 * the words are deleted for good. What stays is the date, or nothing at all.
 */
export default function ReleasePage({ id }: { id: string }) {
  const letter = useLetter(id);
  const [done, setDone] = useState<{ keepTrace: boolean; at: number } | null>(null);
  const t = useT();
  return (
    <section className="amends">
      {!done && (
        <Link href={ROUTES.amendsLetter(id)} className="amends-back">
          {t('Back to the letter')}
        </Link>
      )}
      <h1>{t('Releasing a letter')}</h1>
      {done ? (
        <div className="amends-effort" role="status">
          <p>
            {done.keepTrace
              ? t('Released. All that remains is a note: a letter released on {date}.', {
                  date: longDate(done.at),
                })
              : t('Released. No trace of it is kept.')}
          </p>
          <p>{t(RELEASE_EFFORT)}</p>
          <Link href={ROUTES.amendsLetters} className="button button--quiet">
            {t('Back to your letters')}
          </Link>
        </div>
      ) : letter === null ? (
        <p className="muted">{t('Opening…')}</p>
      ) : !letter || letter.status === 'released' ? (
        <p className="amends-released">
          {letter?.releasedAt
            ? t('This letter was released on {date}.', { date: longDate(letter.releasedAt) })
            : t('This letter is not here.')}
        </p>
      ) : letter.status === 'draft' || letter.unreadable ? (
        <p className="notice">
          {t('Finish this letter before releasing it.')}{' '}
          <Link href={ROUTES.amendsLetter(id)} className="amends-inline-link">
            {t('Back to the letter')}
          </Link>
        </p>
      ) : (
        <Ritual letter={letter} onReleased={setDone} />
      )}
    </section>
  );
}

function Ritual({
  letter,
  onReleased,
}: {
  letter: Letter;
  onReleased: (done: { keepTrace: boolean; at: number }) => void;
}) {
  const t = useT();
  const [stage, setStage] = useState<Stage>('breath');
  const [keepTrace, setKeepTrace] = useState(true);
  const [error, setError] = useState<string | null>(null);
  // Today's date, read once when the ritual opens, for the note the person may keep.
  const [today] = useState(() => longDate(Date.now()));
  const traceName = useId();
  const release = async () => {
    setError(null);
    const at = Date.now();
    try {
      await releaseLetter(letter.id, { keepTrace }, at);
      onReleased({ keepTrace, at });
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  if (stage === 'breath') {
    return (
      <div className="amends-breath">
        <p>
          {letter.toMyself
            ? t(
                'Your letter to yourself is ready to be let go. Before you do, take one slow breath.',
              )
            : letter.recipient.trim()
              ? t(
                  'Your letter to {name} is ready to be let go. Before you do, take one slow breath.',
                  { name: letter.recipient.trim() },
                )
              : t(
                  'Your letter to someone not named yet is ready to be let go. Before you do, take one slow breath.',
                )}
        </p>
        <div className="amends-breath__circle" aria-hidden="true" />
        <p>{t('Breathe in slowly… and let it out, a little longer than the breath in.')}</p>
        <button type="button" className="button" onClick={() => setStage('choose')}>
          {t('I have taken a breath')}
        </button>
      </div>
    );
  }
  return (
    <form
      autoComplete="off"
      onSubmit={(event) => {
        event.preventDefault();
        void release();
      }}
    >
      <fieldset>
        <legend>{t('What would you like to keep?')}</legend>
        <div className="amends-kinds">
          <label className="choice choice--wide">
            <input
              autoComplete="off"
              type="radio"
              name={traceName}
              checked={keepTrace}
              onChange={() => setKeepTrace(true)}
            />
            {t('Only a note: “a letter released on {date}”', { date: today })}
          </label>
          <label className="choice choice--wide">
            <input
              autoComplete="off"
              type="radio"
              name={traceName}
              checked={!keepTrace}
              onChange={() => setKeepTrace(false)}
            />
            {t('No trace at all')}
          </label>
        </div>
      </fieldset>
      <p className="amends-warning">
        {t(
          'Releasing deletes this letter’s words from this device for good. This cannot be undone.',
        )}
      </p>
      <div className="row">
        <button type="submit" className="button button--danger">
          {t('Release this letter for good')}
        </button>
        <Link href={ROUTES.amendsLetter(letter.id)} className="button button--quiet">
          {t('Not now, keep it')}
        </Link>
      </div>
      {error && (
        <p className="amends-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
