import { memo, useId } from 'react';
import { useT } from '../../core/i18n/language';
import { useVocabulary } from './vocabulary/useVocabulary';

interface Props {
  chosen: readonly string[];
  onToggle: (needId: string) => void;
}

/** A few common needs to tick, beside the person's own words about what they needed. */
export const NeedChoices = memo(function NeedChoices({ chosen, onToggle }: Props) {
  const t = useT();
  const prefix = useId();
  const { NEEDS } = useVocabulary();
  return (
    <fieldset className="body-places">
      <legend>{t('Or choose any needs that fit')}</legend>
      <ul className="plain-list body-places__list">
        {NEEDS.map((need) => (
          <li key={need.id} className="check-row">
            <input
              autoComplete="off"
              id={`${prefix}-${need.id}`}
              type="checkbox"
              checked={chosen.includes(need.id)}
              onChange={() => onToggle(need.id)}
            />
            <label htmlFor={`${prefix}-${need.id}`}>{need.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
});
