import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { AmendsItemEditor } from './AmendsItemEditor';
import { PauseLine } from './PauseLine';
import { useAmendsItem, useAmendsItems } from './useAmends';
import './amends.css';

/** One item at /amends/item/:id; a new id opens an empty item, kept once it has a name. */
export default function AmendsItemPage({ id }: { id: string }) {
  const item = useAmendsItem(id);
  const all = useAmendsItems();
  const loading = item === null || all === undefined;
  const t = useT();
  return (
    <section className="amends">
      <Link href={ROUTES.amends} className="amends-back">
        {t('Back to amends')}
      </Link>
      <h1>{t('On your amends list')}</h1>
      {loading ? (
        <p className="muted">{t('Opening…')}</p>
      ) : item?.unreadable ? (
        <p className="notice">
          {t(
            'This item could not be opened. It is left exactly as it is, and nothing else is affected.',
          )}
        </p>
      ) : (
        <>
          {item?.inventoryItemId && (
            <p className="amends-source">
              {t('From your inventory.')}{' '}
              <Link
                href={ROUTES.inventoryClassicItem('harm', item.inventoryItemId)}
                className="amends-inline-link"
              >
                {t('Open the inventory row')}
              </Link>
            </p>
          )}
          <PauseLine />
          <AmendsItemEditor
            key={id}
            id={id}
            initial={item}
            canBeMyself={!all.some((other) => other.myself && other.id !== id)}
          />
        </>
      )}
    </section>
  );
}
