import { Link } from 'wouter';
import { msg, useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { DeleteForGood } from '../../ui/DeleteForGood';
import { deleteInventoryItem, ON_AMENDS_LIST } from './classicInventoryRepo';
import { ClassicItemEditor } from './ClassicItemEditor';
import { listCopy } from './classicLists';
import type { InventoryList } from './types';
import { useAmendsLink, useInventoryItem } from './useInventory';
import './inventory.css';

// Whole phrases per list: a list's name changes form inside a sentence in other languages.
const BACK: Record<InventoryList, string> = {
  resentment: msg('Back to resentments'),
  fear: msg('Back to fears'),
  harm: msg('Back to harms'),
};
const ONE_ROW: Record<InventoryList, string> = {
  resentment: msg('Resentments: one row'),
  fear: msg('Fears: one row'),
  harm: msg('Harms: one row'),
};

export default function ClassicItemPage({ list, id }: { list: InventoryList; id: string }) {
  const t = useT();
  const item = useInventoryItem(id);
  const copy = listCopy(item?.list ?? list);
  const linked = useAmendsLink(id);
  return (
    <section className="inventory">
      <Link href={ROUTES.inventoryClassicList(copy.list)} className="back-link">
        {t(BACK[copy.list])}
      </Link>
      <h1>{t(ONE_ROW[copy.list])}</h1>
      {item === null ? (
        <p className="muted">{t('Opening…')}</p>
      ) : item?.unreadable ? (
        <p className="notice">
          {t(
            'This row could not be opened. It is left exactly as it is, and nothing else is affected.',
          )}
        </p>
      ) : (
        <ClassicItemEditor key={id} id={id} list={copy.list} initial={item} />
      )}
      {item && linked === undefined && (
        <DeleteForGood
          label={t('Delete this row')}
          warning={t('This deletes the row from this device for good.')}
          onDelete={() => deleteInventoryItem(id)}
          then={{ goTo: ROUTES.inventoryClassicList(copy.list), say: t('The row was deleted.') }}
        />
      )}
      {item && linked && <p className="muted">{t(ON_AMENDS_LIST)}</p>}
    </section>
  );
}
