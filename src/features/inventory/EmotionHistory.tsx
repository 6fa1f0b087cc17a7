import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { friendlyDay } from '../../lib/dates';
import { feelingWord } from './feelingWord';
import { useEmotionHistory } from './useInventory';

/** The latest few, so the classic inventory below is not pushed screens down. */
const FEW = 3;
const PAGE = 20;

/** Past inventories, newest first: the latest few, then all of them on request, a page at a
 * time so a long history stays light to open. */
export function EmotionHistory() {
  const [limit, setLimit] = useState(FEW);
  const history = useEmotionHistory(limit);
  const list = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);
  const shown = history?.inventories.length ?? 0;
  useEffect(() => {
    // The button that was pressed is gone or moved: focus the first inventory it brought in.
    const from = focusFrom.current;
    if (from === null || shown <= from) return;
    list.current?.querySelectorAll('a')[from]?.focus();
    focusFrom.current = null;
  }, [shown]);
  const more = (next: number) => {
    focusFrom.current = limit;
    setLimit(next);
  };
  if (!history) return <p className="muted">Opening…</p>;
  if (history.total === 0) {
    return <p className="muted">No inventories yet. Your first one will be listed here.</p>;
  }
  return (
    <>
      <ul ref={list} className="plain-list inventory-history" aria-label="Your emotion inventories">
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
      {history.total > limit &&
        (limit === FEW ? (
          <button type="button" className="button button--quiet" onClick={() => more(PAGE)}>
            Show all {history.total} inventories
          </button>
        ) : (
          <button type="button" className="button button--quiet" onClick={() => more(limit + PAGE)}>
            Show older inventories
          </button>
        ))}
    </>
  );
}
