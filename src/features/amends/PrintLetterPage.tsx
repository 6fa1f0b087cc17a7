import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { LetterText } from './LetterText';
import { useLetter } from './useAmends';
import './amends.css';

/**
 * Only the letter's words, for a paper copy to burn or bury. Opened by the person's own tap, and
 * the printer dialog opens only on a second tap of theirs. Print CSS hides everything else.
 */
export default function PrintLetterPage({ id }: { id: string }) {
  const letter = useLetter(id);
  const t = useT();
  return (
    <section className="amends letter-print">
      <div className="letter-print__controls">
        <Link href={ROUTES.amendsLetter(id)} className="amends-back">
          {t('Back to the letter')}
        </Link>
        <h1>{t('Print view')}</h1>
        <p className="muted">
          {t('A paper copy leaves this device’s protection. Keep it somewhere safe, or let it go.')}
        </p>
        {letter && letter.status !== 'released' && !letter.unreadable && (
          <button type="button" className="button" onClick={() => window.print()}>
            {t('Print this letter')}
          </button>
        )}
      </div>
      {letter === null ? (
        <p className="muted">{t('Opening…')}</p>
      ) : !letter || letter.status === 'released' || letter.unreadable ? (
        <p className="muted">{t('There are no words here to print.')}</p>
      ) : (
        <LetterText letter={letter} />
      )}
    </section>
  );
}
