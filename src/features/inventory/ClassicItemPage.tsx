import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { DeleteForGood } from '../../ui/DeleteForGood';
import { deleteInventoryItem, ON_AMENDS_LIST } from './classicInventoryRepo';
import { ClassicItemEditor } from './ClassicItemEditor';
import { listCopy } from './classicLists';
import type { InventoryList } from './types';
import { useAmendsLink, useInventoryItem } from './useInventory';
import './inventory.css';

export default function ClassicItemPage({ list, id }: { list: InventoryList; id: string }) {
  const item = useInventoryItem(id);
  const copy = listCopy(item?.list ?? list);
  const linked = useAmendsLink(id);
  return (
    <section className="inventory">
      <Link href={ROUTES.inventoryClassicList(copy.list)} className="back-link">
        Back to {copy.title.toLocaleLowerCase()}
      </Link>
      <h1>{copy.title}: one row</h1>
      {item === null ? (
        <p className="muted">Opening…</p>
      ) : item?.unreadable ? (
        <p className="notice">
          This row could not be opened. It is left exactly as it is, and nothing else is affected.
        </p>
      ) : (
        <ClassicItemEditor key={id} id={id} list={copy.list} initial={item} />
      )}
      {item && linked === undefined && (
        <DeleteForGood
          label="Delete this row"
          warning="This deletes the row from this device for good."
          onDelete={() => deleteInventoryItem(id)}
          then={{ goTo: ROUTES.inventoryClassicList(copy.list), say: 'The row was deleted.' }}
        />
      )}
      {item && linked && <p className="muted">{ON_AMENDS_LIST}</p>}
    </section>
  );
}
