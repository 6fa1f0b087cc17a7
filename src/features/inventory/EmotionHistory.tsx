import { useRef } from 'react';
import { Link } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { useFocusBroughtIn } from '../../ui/useFocusBroughtIn';
import { friendlyDay } from '../../lib/dates';
import { wordsOf } from './feelingWord';
import type { InventoryHome } from './useInventoryHome';
import { useVocabulary } from './vocabulary/useVocabulary';

/** The latest few, so the classic inventory below is not pushed screens down. */
export const FEW = 3;
const PAGE = 20;

/** Past inventories, newest first: the latest few, then all of them on request, a page at a
 * time so a long history stays light to open. The home screen reads them (with its other
 * figures, in one query) and owns how many are asked for. */
export function EmotionHistory({
  history,
  limit,
  setLimit,
}: {
  history: InventoryHome | undefined;
  limit: number;
  setLimit: (limit: number) => void;
}) {
  const t = useT();
  const { feelingWord } = wordsOf(useVocabulary());
  const list = useRef<HTMLUListElement>(null);
  const shown = history?.inventories.length ?? 0;
  const focusBroughtIn = useFocusBroughtIn(list, shown);
  const more = (next: number) => {
    focusBroughtIn();
    setLimit(next);
  };
  // As tall as the empty journal's line below, so nothing under it moves when the reads arrive.
  if (!history) return <p className="muted inventory-history__opening">{t('Opening…')}</p>;
  if (history.total === 0) {
    return <p className="muted">{t('No inventories yet. Your first one will be listed here.')}</p>;
  }
  return (
    <>
      <ul
        ref={list}
        className="plain-list inventory-history"
        aria-label={t('Your emotion inventories')}
      >
        {history.inventories.map((inventory) => {
          const words = inventory.unreadable
            ? t('could not be opened')
            : inventory.feelings.map(feelingWord).join(', ') || t('no feeling chosen yet');
          return (
            <li key={inventory.id}>
              <Link
                href={ROUTES.inventoryEmotion(inventory.id)}
                className="inventory-history__link"
              >
                <span className="inventory-history__meta">
                  {inventory.status === 'finished'
                    ? t('Finished, {day}', { day: friendlyDay(inventory.created) })
                    : t('Draft, {day}', { day: friendlyDay(inventory.created) })}
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
            {t('Show all {count} inventories', { count: history.total })}
          </button>
        ) : (
          <button type="button" className="button button--quiet" onClick={() => more(limit + PAGE)}>
            {t('Show older inventories')}
          </button>
        ))}
    </>
  );
}
