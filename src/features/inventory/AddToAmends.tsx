import { useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { addHarmToAmends } from './classicInventoryRepo';
import { errorText } from './errorText';
import { useAmendsLink } from './useInventory';

/** One action puts a harms row on the amends list; afterwards the row says it is there. */
export function AddToAmends({
  itemId,
  beforeAdd,
}: {
  itemId: string;
  beforeAdd: () => Promise<void>;
}) {
  const t = useT();
  const linked = useAmendsLink(itemId);
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    setError(null);
    try {
      // The row's latest words go to the amends list, so they are saved first.
      await beforeAdd();
      await addHarmToAmends(itemId);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  if (linked === null) return null;
  return (
    <div className="add-to-amends">
      {linked ? (
        <p role="status">
          {t('This is on your amends list.')}{' '}
          <Link href={ROUTES.amends}>{t('Open your amends list')}</Link>
        </p>
      ) : (
        <button type="button" className="button button--quiet" onClick={() => void add()}>
          {t('Add to my amends list')}
        </button>
      )}
      {error && (
        <p className="inventory-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
