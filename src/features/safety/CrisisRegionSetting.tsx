import { useState } from 'react';
import { useT } from '../../core/i18n/language';
import { SettingSelect } from '../../ui/SettingSelect';
import { countriesByName, crisisCountry } from './crisisLines';
import { deviceRegion } from './crisisRegion';
import { setChosenRegion, useChosenRegion } from './useCrisisRegion';

/** Settings: which country's crisis lines come first. */
export function CrisisRegionSetting() {
  const t = useT();
  const [device] = useState(deviceRegion);
  const chosen = useChosenRegion();
  const suggested = crisisCountry(device.country)?.name;

  return (
    <SettingSelect
      label={t('Country for crisis lines')}
      hint={t(
        'Its lines come first on Help now and on the locked screen. It stays on this device.',
      )}
      value={chosen ?? ''}
      disabled={chosen === undefined}
      onChoose={(code) => setChosenRegion(code || null)}
      failed={t('Your choice could not be saved just now. Help now still shows every country.')}
    >
      <option value="">
        {suggested
          ? t('{country}, as this device suggests', { country: suggested })
          : t('As this device suggests')}
      </option>
      {countriesByName().map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </SettingSelect>
  );
}
