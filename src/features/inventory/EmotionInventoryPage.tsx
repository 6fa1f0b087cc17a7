import { useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { DeleteForGood } from '../../ui/DeleteForGood';
import { deleteEmotionInventory } from './emotionInventoryRepo';
import { EmotionInventoryEditor } from './EmotionInventoryEditor';
import { EmotionInventoryView } from './EmotionInventoryView';
import { useEmotionInventory } from './useInventory';
import './inventory.css';

/** One emotion inventory at /inventory/emotions/:id. The id exists before the first choice, so a
 * reload finds the draft at the same address. */
export default function EmotionInventoryPage({ id }: { id: string }) {
  const t = useT();
  const inventory = useEmotionInventory(id);
  // Seen as a draft on this visit: when it turns finished, it was finished just now, here.
  const [wasDraft, setWasDraft] = useState(false);
  if (inventory?.status === 'draft' && !wasDraft) setWasDraft(true);
  return (
    <section className="inventory">
      <Link href={ROUTES.inventory} className="back-link">
        {t('Back to inventory')}
      </Link>
      <h1>{t('Emotion inventory')}</h1>
      {inventory === null ? (
        <p className="muted">{t('Opening…')}</p>
      ) : inventory?.unreadable ? (
        <p className="notice">
          {t(
            'This inventory could not be opened. It is left exactly as it is, and nothing else is affected.',
          )}
        </p>
      ) : inventory?.status === 'finished' ? (
        <>
          <EmotionInventoryView inventory={inventory} justFinished={wasDraft} />
          <Link href={ROUTES.readEmotions(id)} className="button button--quiet">
            {t('Read it aloud')}
          </Link>
        </>
      ) : (
        <EmotionInventoryEditor key={id} id={id} initial={inventory} />
      )}
      {inventory && (
        <DeleteForGood
          label={t('Delete this inventory')}
          warning={t(
            'This deletes the inventory from this device for good, and its feelings leave your trends.',
          )}
          onDelete={() => deleteEmotionInventory(id)}
          then={{ goTo: ROUTES.inventory, say: t('The inventory was deleted.') }}
        />
      )}
    </section>
  );
}
