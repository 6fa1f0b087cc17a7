import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { newId } from '../../lib/ids';
import { saveAmendsItem } from './amendsRepo';
import { NEVER_SENT } from './copy';
import { errorText } from './errorText';
import { kindLabel } from './harmCheck';
import { STATUS_LABELS } from './labels';
import { PauseLine } from './PauseLine';
import type { AmendsItem } from './types';
import { useAmendsItems, useLetters } from './useAmends';
import './amends.css';

/** The amends hub: amends to myself, the list (myself first), letters, and accountability. */
export default function AmendsPage() {
  const items = useAmendsItems();
  const letters = useLetters();
  const kept = letters?.filter((letter) => letter.status !== 'released').length ?? 0;
  const t = useT();
  return (
    <section className="amends">
      <h1>{t('Amends')}</h1>
      <p>
        {t(
          'Whom you would like to make amends to, yourself first among them; a gentle check that reaching out is safe; and letters that are never sent.',
        )}
      </p>
      <p className="muted">{t(NEVER_SENT)}</p>
      <PauseLine />

      <h2>{t('Amends to yourself')}</h2>
      <p>{t('Forgiving yourself for how you coped, and a few commitments of care.')}</p>
      <Link href={ROUTES.amendsMyself} className="button button--quiet">
        {t('Amends to yourself')}
      </Link>

      <h2 className="amends-block">{t('Your amends list')}</h2>
      {items === undefined ? (
        <p className="muted">{t('Opening…')}</p>
      ) : (
        <AmendsList items={items} />
      )}
      {items && items.length > 0 && (
        <Link href={ROUTES.readAmends} className="button button--quiet">
          {t('Read your list aloud')}
        </Link>
      )}

      <h2 className="amends-block">{t('Unsent letters')}</h2>
      <p>
        {kept === 0
          ? t(
              'Letters you write here are never sent. You can keep them, seal them, or release them.',
            )
          : kept === 1
            ? t('You have one letter kept here.')
            : t('You have {count} letters kept here.', { count: kept })}
      </p>
      <div className="row">
        <Link href={ROUTES.amendsLetters} className="button button--quiet">
          {t('Your unsent letters')}
        </Link>
        <Link href={ROUTES.amendsNewLetter} className="button button--quiet">
          {t('Write an unsent letter')}
        </Link>
      </div>

      <h2 className="amends-block">{t('Accountability in relationships')}</h2>
      <p>{t('What you value, the boundaries you hold, and how you will keep them.')}</p>
      <Link href={ROUTES.amendsAccountability} className="button button--quiet">
        {t('Open the worksheet')}
      </Link>
    </section>
  );
}

function AmendsList({ items }: { items: AmendsItem[] }) {
  const [, navigate] = useLocation();
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const hasMyself = items.some((item) => item.myself);
  const addMyself = async () => {
    setError(null);
    const id = newId();
    try {
      await saveAmendsItem({ id, myself: true });
      navigate(ROUTES.amendsItem(id));
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <>
      {!hasMyself && (
        <div className="card">
          <p>{t('You deserve amends too. Many people put themselves first on this list.')}</p>
          <button type="button" className="button" onClick={() => void addMyself()}>
            {t('Put myself first on the list')}
          </button>
        </div>
      )}
      {error && (
        <p className="amends-error" role="alert">
          {error}
        </p>
      )}
      {items.length > 0 ? (
        <ul className="plain-list amends-items" aria-label={t('Your amends list')}>
          {items.map((item) => (
            <li key={item.id}>
              <Link href={ROUTES.amendsItem(item.id)} className="amends-item-link">
                <span className="amends-item-name">
                  {item.unreadable
                    ? t('An item that could not be opened')
                    : item.myself
                      ? t('Myself')
                      : item.person}
                </span>
                <span className="muted">
                  {[
                    t(STATUS_LABELS[item.status]),
                    item.kind ? kindLabel(item.kind) : undefined,
                    item.inventoryItemId ? t('from your inventory') : undefined,
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          {t('Nobody is on your list yet. Writing a name down commits you to nothing.')}
        </p>
      )}
      <Link href={ROUTES.amendsNewItem} className="button button--quiet">
        {t('Add someone to the list')}
      </Link>
    </>
  );
}
