import { useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { friendlyDay } from '../../lib/dates';
import { feelingWord } from './feelingWord';
import { useEmotionHistory } from './useInventory';

const PAGE = 20;

/** Past inventories, newest first, a page at a time so a long history stays light to open. */
export function EmotionHistory() {
  const [limit, setLimit] = useState(PAGE);
  const history = useEmotionHistory(limit);
  if (!history) return <p className="muted">Opening…</p>;
  if (history.total === 0) {
    return <p className="muted">No inventories yet. Your first one will be listed here.</p>;
  }
  return (
    <>
      <ul className="plain-list inventory-history" aria-label="Your emotion inventories">
        {history.inventories.map((inventory) => {
          const words = inventory.unreadable
            ? 'could not be opened'
            : inventory.feelings.map(feelingWord).join(', ') || 'no feeling chosen yet';
          return (
            <li key={inventory.id}>
              <Link
                href={ROUTES.inventoryEmotion(inventory.id)}
                className="inventory-history__link"
              >
                <span className="inventory-history__meta">
                  {inventory.status === 'finished' ? 'Finished' : 'Draft'},{' '}
                  {friendlyDay(inventory.created)}
                </span>
                <span className="inventory-history__words">{words}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      {history.total > limit && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setLimit(limit + PAGE)}
        >
          Show older inventories
        </button>
      )}
    </>
  );
}
