import { useState } from 'react';
import { Link, useLocation } from 'wouter';
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
  return (
    <section className="amends">
      <h1>Amends</h1>
      <p>
        Whom you would like to make amends to, yourself first among them; a gentle check that
        reaching out is safe; and letters that are never sent.
      </p>
      <p className="muted">{NEVER_SENT}</p>
      <PauseLine />

      <h2>Amends to yourself</h2>
      <p>Forgiving yourself for how you coped, and a few commitments of care.</p>
      <Link href={ROUTES.amendsMyself} className="button button--quiet">
        Amends to yourself
      </Link>

      <h2 className="amends-block">Your amends list</h2>
      {items === undefined ? <p className="muted">Opening…</p> : <AmendsList items={items} />}
      {items && items.length > 0 && (
        <Link href={ROUTES.readAmends} className="button button--quiet">
          Read your list aloud
        </Link>
      )}

      <h2 className="amends-block">Unsent letters</h2>
      <p>
        {kept === 0
          ? 'Letters you write here are never sent. You can keep them, seal them, or release them.'
          : `You have ${kept === 1 ? 'one letter' : `${kept} letters`} kept here.`}
      </p>
      <div className="row">
        <Link href={ROUTES.amendsLetters} className="button button--quiet">
          Your unsent letters
        </Link>
        <Link href={ROUTES.amendsNewLetter} className="button button--quiet">
          Write an unsent letter
        </Link>
      </div>

      <h2 className="amends-block">Accountability in relationships</h2>
      <p>What you value, the boundaries you hold, and how you will keep them.</p>
      <Link href={ROUTES.amendsAccountability} className="button button--quiet">
        Open the worksheet
      </Link>
    </section>
  );
}

function AmendsList({ items }: { items: AmendsItem[] }) {
  const [, navigate] = useLocation();
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
          <p>You deserve amends too. Many people put themselves first on this list.</p>
          <button type="button" className="button" onClick={() => void addMyself()}>
            Put myself first on the list
          </button>
        </div>
      )}
      {error && (
        <p className="amends-error" role="alert">
          {error}
        </p>
      )}
      {items.length > 0 ? (
        <ul className="plain-list amends-items" aria-label="Your amends list">
          {items.map((item) => (
            <li key={item.id}>
              <Link href={ROUTES.amendsItem(item.id)} className="amends-item-link">
                <span className="amends-item-name">
                  {item.unreadable ? 'An item that could not be opened' : item.person}
                </span>
                <span className="muted">
                  {[
                    STATUS_LABELS[item.status],
                    item.kind ? kindLabel(item.kind) : undefined,
                    item.inventoryItemId ? 'from your inventory' : undefined,
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
          Nobody is on your list yet. Writing a name down commits you to nothing.
        </p>
      )}
      <Link href={ROUTES.amendsNewItem} className="button button--quiet">
        Add someone to the list
      </Link>
    </>
  );
}
