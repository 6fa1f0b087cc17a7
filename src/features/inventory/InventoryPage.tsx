import { useState } from 'react';
import { Link } from 'wouter';
import { t, useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { newId } from '../../lib/ids';
import { CLASSIC_LISTS } from './classicLists';
import { EmotionHistory, FEW } from './EmotionHistory';
import { PauseNotice } from './PauseNotice';
import { useInventoryHome } from './useInventoryHome';
import './inventory.css';

/** The step 4 hub: the emotion inventory and its history, the classic lists, letters to
 * yourself, and the picture over time. */
export default function InventoryPage() {
  // The next inventory's id exists before its first choice, so a reload finds the same draft.
  const t = useT();
  const [nextId] = useState(newId);
  const [limit, setLimit] = useState(FEW);
  const home = useInventoryHome(limit);
  const counts = home?.counts;
  return (
    <section className="inventory">
      <h1>{t('Inventory')}</h1>
      <p>
        {t(
          'An honest, kind look at what you feel. Nothing here is a test, and there is no right answer.',
        )}
      </p>
      <PauseNotice />

      <section aria-labelledby="inv-emotions" className="inventory-block">
        <h2 id="inv-emotions">{t('Emotion inventory')}</h2>
        <p>
          {t(
            'Name what you feel, how strong it is, where it sits in your body, and what you need.',
          )}
        </p>
        <Link href={ROUTES.inventoryEmotion(nextId)} className="button">
          {t('Start an emotion inventory')}
        </Link>
        <h3>{t('Your inventories')}</h3>
        <EmotionHistory history={home} limit={limit} setLimit={setLimit} />
        <ul className="plain-list link-list">
          <li>
            <Link href={ROUTES.inventoryWords} className="link-list__link">
              {t('Your own feeling words')}
            </Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="inv-classic" className="inventory-block">
        <h2 id="inv-classic">{t('Resentments, fears and harms')}</h2>
        <p>
          {t(
            'The classic inventory in columns. Where something was done to you, you can say so, and there is no part of yours to name.',
          )}
        </p>
        <ul className="plain-list link-list">
          {CLASSIC_LISTS.map((copy) => (
            <li key={copy.list}>
              <Link href={ROUTES.inventoryClassicList(copy.list)} className="link-list__link">
                {t(copy.title)}
                {counts && <span className="muted"> · {rowsLabel(counts[copy.list])}</span>}
              </Link>
            </li>
          ))}
        </ul>
        <Link href={ROUTES.read} className="button button--quiet">
          {t('Read your inventory aloud')}
        </Link>
      </section>

      <section aria-labelledby="inv-letter" className="inventory-block">
        <h2 id="inv-letter">{t('A letter to yourself')}</h2>
        <p>{t('Write to yourself about what you noticed, and what it took to look.')}</p>
        <Link href={ROUTES.inventoryLetters} className="button button--quiet">
          {t('Your letters to yourself')}
        </Link>
      </section>

      <section aria-labelledby="inv-trends" className="inventory-block">
        <h2 id="inv-trends">{t('Your feelings over time')}</h2>
        <p>{t('See which feelings you named most, and how strong they were, by week or month.')}</p>
        <Link href={ROUTES.inventoryTrends} className="button button--quiet">
          {t('See the picture')}
        </Link>
      </section>
    </section>
  );
}

function rowsLabel(count: number): string {
  if (count === 0) return t('nothing yet');
  return count === 1 ? t('1 row') : t('{count} rows', { count });
}
