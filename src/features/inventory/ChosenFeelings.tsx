import { useId } from 'react';
import { useT } from '../../core/i18n/language';
import { wordsOf } from './feelingWord';
import { MAX_INTENSITY, MIN_INTENSITY, type ChosenFeeling } from './types';
import { useVocabulary } from './vocabulary/useVocabulary';

/** Where the slider's thumb rests while no strength is set; nothing is saved from it. */
const RESTING = Math.round((MIN_INTENSITY + MAX_INTENSITY) / 2);

interface Props {
  feelings: readonly ChosenFeeling[];
  onIntensity: (feelingId: string, intensity: number) => void;
  onRemove: (feelingId: string) => void;
}

/** The chosen feelings, each with how strong it is on a 0–10 scale whose value is always shown,
 * or "not set yet" until the person touches it. */
export function ChosenFeelings({ feelings, onIntensity, onRemove }: Props) {
  const t = useT();
  if (feelings.length === 0) {
    return (
      <p className="muted">
        {t('No feeling chosen yet. You can keep this as a draft either way.')}
      </p>
    );
  }
  return (
    <ul className="plain-list chosen-feelings" aria-label={t('Feelings you chose')}>
      {feelings.map((feeling) => (
        <ChosenFeelingRow
          key={feeling.feelingId}
          feeling={feeling}
          onIntensity={onIntensity}
          onRemove={onRemove}
        />
      ))}
    </ul>
  );
}

function ChosenFeelingRow({
  feeling,
  onIntensity,
  onRemove,
}: { feeling: ChosenFeeling } & Omit<Props, 'feelings'>) {
  const t = useT();
  const id = useId();
  const word = wordsOf(useVocabulary()).feelingWord(feeling);
  const said =
    feeling.intensity === undefined
      ? t('not set yet')
      : t('{value} of {max}', { value: feeling.intensity, max: MAX_INTENSITY });
  return (
    <li className="card chosen-feeling">
      <label htmlFor={id} className="chosen-feeling__label">
        {t('How strong is “{word}”?', { word })}
      </label>
      <div className="chosen-feeling__scale">
        <span aria-hidden="true">{MIN_INTENSITY}</span>
        <input
          autoComplete="off"
          id={id}
          type="range"
          min={MIN_INTENSITY}
          max={MAX_INTENSITY}
          step={1}
          value={feeling.intensity ?? RESTING}
          aria-valuetext={said}
          onChange={(event) => onIntensity(feeling.feelingId, Number(event.target.value))}
          // A tap on the resting thumb changes no value, yet it is a choice: keep it.
          onClick={(event) => {
            if (feeling.intensity === undefined) {
              onIntensity(feeling.feelingId, Number(event.currentTarget.value));
            }
          }}
          className={feeling.intensity === undefined ? 'chosen-feeling__unset' : undefined}
        />
        <span aria-hidden="true">{MAX_INTENSITY}</span>
        <output htmlFor={id} className="chosen-feeling__value">
          {said}
        </output>
      </div>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => onRemove(feeling.feelingId)}
      >
        {t('Remove “{word}”', { word })}
      </button>
    </li>
  );
}
