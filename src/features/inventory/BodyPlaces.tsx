import { memo, useId } from 'react';
import { useT } from '../../core/i18n/language';
import { useVocabulary } from './vocabulary/useVocabulary';

interface Props {
  chosen: readonly string[];
  onToggle: (placeId: string) => void;
}

export const BodyPlaces = memo(function BodyPlaces({ chosen, onToggle }: Props) {
  const t = useT();
  const prefix = useId();
  const { BODY_PLACES } = useVocabulary();
  return (
    <fieldset className="body-places">
      <legend>{t('Where do you feel it in your body?')}</legend>
      <ul className="plain-list body-places__list">
        {BODY_PLACES.map((place) => (
          <li key={place.id} className="check-row">
            <input
              autoComplete="off"
              id={`${prefix}-${place.id}`}
              type="checkbox"
              checked={chosen.includes(place.id)}
              onChange={() => onToggle(place.id)}
            />
            <label htmlFor={`${prefix}-${place.id}`}>{place.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
});
