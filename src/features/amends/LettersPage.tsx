import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { NEVER_SENT } from './copy';
import { longDate } from './dates';
import { LETTER_STATUS_LABELS } from './labels';
import { recipientLine } from './recipient';
import { useLetters } from './useAmends';
import './amends.css';

/** Every unsent letter, newest first; a released one is only its date. */
export default function LettersPage() {
  const letters = useLetters();
  return (
    <section className="amends">
      <Link href={ROUTES.amends} className="amends-back">
        Back to amends
      </Link>
      <h1>Unsent letters</h1>
      <p>
        A letter here is never sent. You can keep it, seal it so it cannot change, or release it:
        its words are deleted for good, as a way of letting go.
      </p>
      <p className="muted">{NEVER_SENT}</p>
      <div className="row">
        <Link href={ROUTES.amendsNewLetter} className="button">
          Write an unsent letter
        </Link>
        <Link href={ROUTES.amendsNewLetterTo('myself')} className="button button--quiet">
          Write a letter to yourself
        </Link>
      </div>
      {letters === undefined ? (
        <p className="muted">Opening…</p>
      ) : letters.length === 0 ? (
        <p className="muted amends-block">
          No letters yet. When you are ready, there is room here.
        </p>
      ) : (
        <ul className="plain-list amends-items amends-block" aria-label="Your letters">
          {letters.map((letter) =>
            letter.status === 'released' ? (
              <li key={letter.id} className="amends-released">
                A letter released on {longDate(letter.releasedAt ?? letter.updated)}
              </li>
            ) : (
              <li key={letter.id}>
                <Link href={ROUTES.amendsLetter(letter.id)} className="amends-item-link">
                  <span className="amends-item-name">
                    {letter.unreadable
                      ? 'A letter that could not be opened'
                      : recipientLine(letter)}
                  </span>
                  <span className="muted">
                    {LETTER_STATUS_LABELS[letter.status]}, {longDate(letter.updated)}
                  </span>
                </Link>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
