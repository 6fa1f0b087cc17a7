import { useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { friendlyDay } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { useLetterGuide } from './letterGuide';
import { useLettersToMyself } from './useInventory';
import './inventory.css';

export default function LettersPage() {
  const t = useT();
  const guide = useLetterGuide();
  const letters = useLettersToMyself();
  const [nextId] = useState(newId);
  return (
    <section className="inventory">
      <Link href={ROUTES.inventory} className="back-link">
        {t('Back to inventory')}
      </Link>
      <h1>{t('Letters to yourself')}</h1>
      <p>{t('After some inventory work, you might write to yourself as you are now.')}</p>
      <ul className="letter-guide">
        {guide.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Link href={ROUTES.inventoryLetter(nextId)} className="button">
        {t('Write a letter to yourself')}
      </Link>
      <h2>{t('Your letters')}</h2>
      {!letters ? (
        <p className="muted">{t('Opening…')}</p>
      ) : letters.length === 0 ? (
        <p className="muted">{t('No letters yet.')}</p>
      ) : (
        <ul className="plain-list inventory-history" aria-label={t('Your letters')}>
          {letters.map((letter) => (
            <li key={letter.id}>
              <Link
                href={ROUTES.inventoryLetter(letter.id.slice(letter.id.indexOf(':') + 1))}
                className="inventory-history__link"
              >
                <span className="inventory-history__meta">{friendlyDay(letter.created)}</span>
                <span className="inventory-history__words">
                  {letter.unreadable ? t('Could not be opened') : letter.body.slice(0, 120)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
