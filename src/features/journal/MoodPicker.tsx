import { useT } from '../../core/i18n/language';
import { MOODS } from './moods';

interface Props {
  mood: number | undefined;
  onChange: (mood: number | undefined) => void;
}

export function MoodPicker({ mood, onChange }: Props) {
  const t = useT();
  return (
    <fieldset className="mood-picker">
      <legend>{t('How are you feeling? (optional)')}</legend>
      <div className="mood-picker__options">
        {MOODS.map((option) => (
          <label key={option.value} className="mood-picker__option">
            <input
              autoComplete="off"
              type="radio"
              name="mood"
              value={option.value}
              checked={mood === option.value}
              onChange={() => onChange(option.value)}
            />
            {t(option.label)}
          </label>
        ))}
      </div>
      {mood !== undefined && (
        <button type="button" className="button button--quiet" onClick={() => onChange(undefined)}>
          {t('Clear mood')}
        </button>
      )}
    </fieldset>
  );
}
