import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { chooseLanguage, LANGUAGE_NAMES } from '../../core/i18n/chooseLanguage';
import { useT } from '../../core/i18n/language';
import { deviceLanguage, isLanguage, LANGUAGE_KEY, LANGUAGES } from '../../core/i18n/showLanguage';
import { getSetting } from '../../core/settingsRepo';

/** Settings: the language of the app, the device's unless the person chooses another. */
export function LanguageChoice() {
  const id = useId();
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
  const [error, setError] = useState<string | null>(null);

  function choose(value: string) {
    setError(null);
    chooseLanguage(isLanguage(value) ? value : undefined).catch((failure: unknown) => {
      console.error(failure);
      setError(t('Your choice could not be saved just now. Nothing else was changed.'));
    });
  }

  return (
    <div className="field">
      <label htmlFor={id}>{t('Language')}</label>
      <span id={`${id}-hint`} className="muted">
        {t('Crisis lines follow the country you choose below, not the language.')}
      </span>
      <select
        id={id}
        autoComplete="off"
        className="input"
        aria-describedby={`${id}-hint`}
        value={chosen ?? ''}
        disabled={chosen === null}
        onChange={(event) => choose(event.target.value)}
      >
        <option value="">
          {t('As this device is set ({language})', {
            language: LANGUAGE_NAMES[deviceLanguage()],
          })}
        </option>
        {LANGUAGES.map((language) => (
          // Each name in its own language, so a person can find theirs whatever is on screen.
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
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
