import { useId } from 'react';
import { MAX_INTENSITY, MIN_INTENSITY, type ChosenFeeling } from './types';
import { feelingWord } from './feelingWord';

interface Props {
  feelings: readonly ChosenFeeling[];
  onIntensity: (feelingId: string, intensity: number) => void;
  onRemove: (feelingId: string) => void;
}

/** The chosen feelings, each with how strong it is on a 0–10 scale whose value is always shown. */
export function ChosenFeelings({ feelings, onIntensity, onRemove }: Props) {
  if (feelings.length === 0) {
    return <p className="muted">No feeling chosen yet. You can keep this as a draft either way.</p>;
  }
  return (
    <ul className="plain-list chosen-feelings" aria-label="Feelings you chose">
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
  const id = useId();
  const word = feelingWord(feeling);
  return (
    <li className="card chosen-feeling">
      <label htmlFor={id} className="chosen-feeling__label">
        How strong is “{word}”?
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
          value={feeling.intensity}
          aria-valuetext={`${feeling.intensity} of ${MAX_INTENSITY}`}
          onChange={(event) => onIntensity(feeling.feelingId, Number(event.target.value))}
        />
        <span aria-hidden="true">{MAX_INTENSITY}</span>
        <output htmlFor={id} className="chosen-feeling__value">
          {feeling.intensity} of {MAX_INTENSITY}
        </output>
      </div>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => onRemove(feeling.feelingId)}
      >
        Remove “{word}”
      </button>
    </li>
  );
}
