import { useId, useState } from 'react';
import { useT } from '../../core/i18n/language';
import { countriesByName, crisisCountry } from './crisisLines';
import { deviceRegion } from './crisisRegion';
import { setChosenRegion, useChosenRegion } from './useCrisisRegion';

/** Settings: which country's crisis lines come first. */
export function CrisisRegionSetting() {
  const id = useId();
  const t = useT();
  const [device] = useState(deviceRegion);
  const chosen = useChosenRegion();
  const [error, setError] = useState<string | null>(null);
  const suggested = crisisCountry(device.country)?.name;

  function choose(code: string) {
    setError(null);
    setChosenRegion(code || null).catch((failure: unknown) => {
      console.error(failure);
      setError(t('Your choice could not be saved just now. Help now still shows every country.'));
    });
  }

  return (
    <div className="field">
      <label htmlFor={id}>{t('Country for crisis lines')}</label>
      <span id={`${id}-hint`} className="muted">
        {t('Its lines come first on Help now and on the locked screen. It stays on this device.')}
      </span>
      <select
        id={id}
        autoComplete="off"
        className="input"
        aria-describedby={`${id}-hint`}
        value={chosen ?? ''}
        disabled={chosen === undefined}
        onChange={(event) => choose(event.target.value)}
      >
        <option value="">
          {suggested
            ? t('As this device suggests ({country})', { country: suggested })
            : t('As this device suggests')}
        </option>
        {countriesByName().map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </select>
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
    </div>
  );
}
