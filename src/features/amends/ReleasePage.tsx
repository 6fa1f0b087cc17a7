import { useId, useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { RELEASE_EFFORT } from './copy';
import { longDate } from './dates';
import { errorText } from './errorText';
import { releaseLetter } from './lettersRepo';
import { recipientLine } from './recipient';
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
  return (
    <section className="amends">
      {!done && (
        <Link href={ROUTES.amendsLetter(id)} className="amends-back">
          Back to the letter
        </Link>
      )}
      <h1>Releasing a letter</h1>
      {done ? (
        <div className="amends-effort" role="status">
          <p>
            {done.keepTrace
              ? `Released. All that remains is a note: a letter released on ${longDate(done.at)}.`
              : 'Released. No trace of it is kept.'}
          </p>
          <p>{RELEASE_EFFORT}</p>
          <Link href={ROUTES.amendsLetters} className="button button--quiet">
            Back to your letters
          </Link>
        </div>
      ) : letter === null ? (
        <p className="muted">Opening…</p>
      ) : !letter || letter.status === 'released' ? (
        <p className="amends-released">
          {letter?.releasedAt
            ? `This letter was released on ${longDate(letter.releasedAt)}.`
            : 'This letter is not here.'}
        </p>
      ) : letter.status === 'draft' || letter.unreadable ? (
        <p className="notice">
          Finish this letter before releasing it.{' '}
          <Link href={ROUTES.amendsLetter(id)} className="amends-inline-link">
            Back to the letter
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
          Your letter {lowerFirst(recipientLine(letter))} is ready to be let go. Before you do, take
          one slow breath.
        </p>
        <div className="amends-breath__circle" aria-hidden="true" />
        <p>Breathe in slowly… and let it out, a little longer than the breath in.</p>
        <button type="button" className="button" onClick={() => setStage('choose')}>
          I have taken a breath
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
        <legend>What would you like to keep?</legend>
        <div className="amends-kinds">
          <label className="choice choice--wide">
            <input
              autoComplete="off"
              type="radio"
              name={traceName}
              checked={keepTrace}
              onChange={() => setKeepTrace(true)}
            />
            Only a note: “a letter released on {today}”
          </label>
          <label className="choice choice--wide">
            <input
              autoComplete="off"
              type="radio"
              name={traceName}
              checked={!keepTrace}
              onChange={() => setKeepTrace(false)}
            />
            No trace at all
          </label>
        </div>
      </fieldset>
      <p className="amends-warning">
        Releasing deletes this letter’s words from this device for good. This cannot be undone.
      </p>
      <div className="row">
        <button type="submit" className="button button--danger">
          Release this letter for good
        </button>
        <Link href={ROUTES.amendsLetter(letter.id)} className="button button--quiet">
          Not now, keep it
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

function lowerFirst(line: string): string {
  return line.charAt(0).toLocaleLowerCase() + line.slice(1);
}
