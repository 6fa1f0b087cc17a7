import { useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { newId } from '../../lib/ids';
import { listCopy, TOUCHED } from './classicLists';
import { PauseNotice } from './PauseNotice';
import type { ClassicItem, InventoryList } from './types';
import { useInventoryList } from './useInventory';
import './inventory.css';

/** One classic list in the familiar column form; on a phone each row's columns stack. */
export default function ClassicListPage({ list }: { list: InventoryList }) {
  const copy = listCopy(list);
  const items = useInventoryList(list);
  const [nextId] = useState(newId);
  return (
    <section className="inventory">
      <Link href={ROUTES.inventory} className="back-link">
        Back to inventory
      </Link>
      <h1>{copy.title}</h1>
      <p>{copy.intro}</p>
      <PauseNotice />
      <Link href={ROUTES.inventoryClassicItem(list, nextId)} className="button">
        {copy.add}
      </Link>
      {!items ? (
        <p className="muted">Opening…</p>
      ) : items.length === 0 ? (
        <p className="muted">Nothing here yet. Small is a fine place to start.</p>
      ) : (
        <>
          <ul className="plain-list classic-rows" aria-label={copy.title}>
            {items.map((item) => (
              <ClassicRow key={item.id} item={item} />
            ))}
          </ul>
          <Link href={ROUTES.readList(list)} className="button button--quiet">
            Read this list aloud
          </Link>
        </>
      )}
    </section>
  );
}

function ClassicRow({ item }: { item: ClassicItem }) {
  const copy = listCopy(item.list);
  const touched = [
    ...(item.touched ?? []).map((id) => TOUCHED.find((t) => t.id === id)?.label ?? id),
    ...(item.touchedOther?.trim() ? [item.touchedOther.trim()] : []),
  ];
  // A yes stored on a list where it means nothing (fears) is kept, never shown.
  const doneToMe = copy.doneToMe === true && item.doneToMe === true;
  const columns: [string, string][] = [[copy.story, item.story]];
  if (copy.shapes) columns.push([copy.shapes, item.shapes ?? '']);
  if (copy.touched) columns.push(['What it touched', touched.join(', ')]);
  if (copy.myPart && !doneToMe) columns.push([copy.myPart, item.myPart ?? '']);
  return (
    <li className="card classic-row">
      <h2 className="classic-row__subject">
        <Link href={ROUTES.inventoryClassicItem(item.list, item.id)}>
          {item.unreadable ? 'Could not be opened' : item.subject.trim() || 'Not named yet'}
        </Link>
      </h2>
      {doneToMe && <p className="classic-row__done">This was done to me</p>}
      <dl className="classic-row__columns">
        {columns.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="inventory-words">{value.trim() || '—'}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}
