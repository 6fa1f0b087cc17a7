import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
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
  const t = useT();
  return (
    <section className="amends">
      <Link href={ROUTES.amends} className="amends-back">
        {t('Back to amends')}
      </Link>
      <h1>{t('Unsent letters')}</h1>
      <p>
        {t(
          'A letter here is never sent. You can keep it, seal it so it cannot change, or release it: its words are deleted for good, as a way of letting go.',
        )}
      </p>
      <p className="muted">{t(NEVER_SENT)}</p>
      <div className="row">
        <Link href={ROUTES.amendsNewLetter} className="button">
          {t('Write an unsent letter')}
        </Link>
        <Link href={ROUTES.amendsNewLetterTo('myself')} className="button button--quiet">
          {t('Write a letter to yourself')}
        </Link>
      </div>
      {letters === undefined ? (
        <p className="muted">{t('Opening…')}</p>
      ) : letters.length === 0 ? (
        <p className="muted amends-block">
          {t('No letters yet. When you are ready, there is room here.')}
        </p>
      ) : (
        <ul className="plain-list amends-items amends-block" aria-label={t('Your letters')}>
          {letters.map((letter) =>
            letter.status === 'released' ? (
              <li key={letter.id} className="amends-released">
                {t('A letter released on {date}', {
                  date: longDate(letter.releasedAt ?? letter.updated),
                })}
              </li>
            ) : (
              <li key={letter.id}>
                <Link href={ROUTES.amendsLetter(letter.id)} className="amends-item-link">
                  <span className="amends-item-name">
                    {letter.unreadable
                      ? t('A letter that could not be opened')
                      : recipientLine(letter)}
                  </span>
                  <span className="muted">
                    {t(LETTER_STATUS_LABELS[letter.status])}, {longDate(letter.updated)}
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
