import { useLiveQuery } from 'dexie-react-hooks';
import { chooseLanguage, LANGUAGE_NAMES } from '../../core/i18n/chooseLanguage';
import { useT } from '../../core/i18n/language';
import { deviceLanguage, isLanguage, LANGUAGE_KEY, LANGUAGES } from '../../core/i18n/showLanguage';
import { getSetting } from '../../core/settingsRepo';
import { SettingSelect } from '../../ui/SettingSelect';

/** Settings: the language of the app, the device's unless the person chooses another. */
export function LanguageChoice() {
  const t = useT();
  // null while it is read; '' for "as this device".
  const chosen = useLiveQuery(
    async () => {
      const stored = await getSetting<unknown>(LANGUAGE_KEY);
      return isLanguage(stored) ? stored : '';
    },
    [],
    null,
  );

  return (
    <SettingSelect
      label={t('Language')}
      hint={t('Crisis lines follow the country you choose below, not the language.')}
      value={chosen ?? ''}
      disabled={chosen === null}
      onChoose={(value) => chooseLanguage(isLanguage(value) ? value : undefined)}
      failed={t('Your choice could not be saved just now. Nothing else was changed.')}
    >
      <option value="">
        {t('{language}, as this device is set', {
          language: LANGUAGE_NAMES[deviceLanguage()],
        })}
      </option>
      {LANGUAGES.map((language) => (
        // Each name in its own language, so a person can find theirs whatever is on screen.
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </SettingSelect>
  );
}
