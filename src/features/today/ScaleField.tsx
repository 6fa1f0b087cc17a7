import { useId } from 'react';
import { useT } from '../../core/i18n/language';

interface Props {
  legend: string;
  /** What the ends of the scale mean, read with the legend. */
  hint: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  /** Offer "Clear" so an optional answer can be taken back. */
  clearable?: boolean;
}

const POINTS = Array.from({ length: 11 }, (_, i) => i);

/** A 0–10 scale as eleven radio buttons: one tap each, and every number is a real label. */
export function ScaleField({ legend, hint, value, onChange, clearable = true }: Props) {
  const t = useT();
  const hintId = useId();
  const name = useId();
  return (
    <fieldset className="choice-set" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <p id={hintId} className="muted today-hint">
        {hint}
      </p>
      <div className="scale">
        {POINTS.map((point) => (
          <label key={point} className="choice scale__point">
            <input
              autoComplete="off"
              type="radio"
              name={name}
              value={point}
              checked={value === point}
              onChange={() => onChange(point)}
            />
            <span>{point}</span>
          </label>
        ))}
      </div>
      {clearable && value !== undefined && (
        <button type="button" className="button button--quiet" onClick={() => onChange(undefined)}>
          {t('Clear this answer')}
        </button>
      )}
    </fieldset>
  );
}
