import { useEffect, useRef, useState } from 'react';
import { msg, useT } from '../../core/i18n/language';
import { friendlyDay } from '../../lib/dates';
import { HardMomentCard } from '../safety';
import { EFFORT } from './copy';
import { reopenEmotionInventory } from './emotionInventoryRepo';
import { errorText } from './errorText';
import { wordsOf } from './feelingWord';
import { hasStrongPainfulFeeling } from './strongPainful';
import type { EmotionInventory } from './types';
import { useVocabulary } from './vocabulary/useVocabulary';

/** A finished inventory, read-only until the person chooses to edit it. */
export function EmotionInventoryView({
  inventory,
  justFinished = false,
}: {
  inventory: EmotionInventory;
  /** Finished a moment ago on this screen: the thank-you takes focus, so it is seen and heard. */
  justFinished?: boolean;
}) {
  const t = useT();
  const { bodyPlaceLabel, feelingWord, needLabel } = wordsOf(useVocabulary());
  const [error, setError] = useState<string | null>(null);
  const thanks = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (justFinished) thanks.current?.focus();
  }, [justFinished]);
  // Closed for this visit only: an inventory is finished once, and its words are not changed to
  // remember a card.
  const [cardClosed, setCardClosed] = useState(false);
  const showCard = !cardClosed && hasStrongPainfulFeeling(inventory.feelings);
  const edit = async () => {
    try {
      await reopenEmotionInventory(inventory.id);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const texts: [string, string][] = [
    [msg('What happened'), inventory.whatHappened],
    [msg('Thoughts'), inventory.thoughts],
    [msg('Needs you chose'), inventory.chosenNeeds.map(needLabel).join(', ')],
    [msg('What you needed'), inventory.needs],
    [msg('One kind thing'), inventory.kindThing],
  ];
  return (
    <div className="emotion-view">
      <p ref={thanks} tabIndex={-1} className="notice inventory-effort">
        {t(EFFORT)}
      </p>
      <p className="muted">{t('Finished · {day}', { day: friendlyDay(inventory.updated) })}</p>
      <p role="status" className="visually-hidden">
        {showCard ? t('A few things for a hard moment are below.') : ''}
      </p>
      {showCard && <HardMomentCard onClose={() => setCardClosed(true)} />}
      <h2>{t('Feelings')}</h2>
      <ul className="plain-list emotion-view__feelings" aria-label={t('Feelings you named')}>
        {inventory.feelings.map((feeling) => (
          <li key={feeling.feelingId}>
            <span className="emotion-view__word">{feelingWord(feeling)}</span>
            <span>
              {', '}
              {feeling.intensity === undefined
                ? t('strength not set')
                : t('{value} of {max}', { value: feeling.intensity, max: 10 })}
            </span>
          </li>
        ))}
      </ul>
      {inventory.bodyPlaces.length > 0 && (
        <>
          <h2>{t('In your body')}</h2>
          <p>{inventory.bodyPlaces.map(bodyPlaceLabel).join(', ')}</p>
        </>
      )}
      {texts
        .filter(([, value]) => value.trim())
        .map(([label, value]) => (
          <section key={label}>
            <h2>{t(label)}</h2>
            <p className="inventory-words">{value}</p>
          </section>
        ))}
      {error && (
        <p className="inventory-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button button--quiet" onClick={() => void edit()}>
        {t('Edit this inventory')}
      </button>
    </div>
  );
}
