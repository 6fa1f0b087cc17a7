import { useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { newId } from '../../lib/ids';
import { listCopy, TOUCHED } from './classicLists';
import { PauseNotice } from './PauseNotice';
import type { ClassicItem, InventoryList } from './types';
import { useInventoryList } from './useInventory';
import './inventory.css';

/** One classic list in the familiar column form; on a phone each row's columns stack. */
export default function ClassicListPage({ list }: { list: InventoryList }) {
  const t = useT();
  const copy = listCopy(list);
  const items = useInventoryList(list);
  const [nextId] = useState(newId);
  return (
    <section className="inventory">
      <Link href={ROUTES.inventory} className="back-link">
        {t('Back to inventory')}
      </Link>
      <h1>{t(copy.title)}</h1>
      <p>{t(copy.intro)}</p>
      <PauseNotice />
      <Link href={ROUTES.inventoryClassicItem(list, nextId)} className="button">
        {t(copy.add)}
      </Link>
      {!items ? (
        <p className="muted">{t('Opening…')}</p>
      ) : items.length === 0 ? (
        <p className="muted">{t('Nothing here yet. Small is a fine place to start.')}</p>
      ) : (
        <>
          <ul className="plain-list classic-rows" aria-label={t(copy.title)}>
            {items.map((item) => (
              <ClassicRow key={item.id} item={item} />
            ))}
          </ul>
          <Link href={ROUTES.readList(list)} className="button button--quiet">
            {t('Read this list aloud')}
          </Link>
        </>
      )}
    </section>
  );
}

function ClassicRow({ item }: { item: ClassicItem }) {
  const t = useT();
  const copy = listCopy(item.list);
  const touched = [
    ...(item.touched ?? []).map((id) => {
      const label = TOUCHED.find((touch) => touch.id === id)?.label;
      return label ? t(label) : id;
    }),
    ...(item.touchedOther?.trim() ? [item.touchedOther.trim()] : []),
  ];
  // A yes stored on a list where it means nothing (fears) is kept, never shown.
  const doneToMe = copy.doneToMe === true && item.doneToMe === true;
  const columns: [string, string][] = [[t(copy.story), item.story]];
  if (copy.shapes) columns.push([t(copy.shapes), item.shapes ?? '']);
  if (copy.touched) columns.push([t('What it touched'), touched.join(', ')]);
  if (copy.myPart && !doneToMe) columns.push([t(copy.myPart), item.myPart ?? '']);
  return (
    <li className="card classic-row">
      <h2 className="classic-row__subject">
        <Link href={ROUTES.inventoryClassicItem(item.list, item.id)}>
          {item.unreadable ? t('Could not be opened') : item.subject.trim() || t('Not named yet')}
        </Link>
      </h2>
      {doneToMe && <p className="classic-row__done">{t('This was done to me')}</p>}
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
