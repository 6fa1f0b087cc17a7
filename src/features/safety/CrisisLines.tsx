import { Suspense, useDeferredValue, useId, useMemo, useState } from 'react';
import { t, useLanguage, useT } from '../../core/i18n/language';
import { lazyScreen } from '../../core/lazyScreen';
import { SectionBoundary } from '../../ui/SectionBoundary';
import { countriesByName, crisisCountry, type CrisisPlace } from './crisisLines';
import { telHref } from './phoneLinks';
import { callLabel, CountryCard, Heading, type Level } from './CrisisLinesCard';
import { deviceRegion } from './crisisRegion';
import { OwnCrisisLines } from './OwnCrisisLines';
import { setChosenRegion, useChosenRegion } from './useCrisisRegion';

/**
 * The crisis lines themselves (47 countries, about 10 KB) load apart from this component, which
 * the unlock screen and the error screens show before anything else. As a lazy screen they are
 * loaded once the first screen is drawn and the phone is idle (app/warmScreens.ts), and the
 * service worker keeps them, so they show offline too; until they are here, every country's
 * emergency numbers show in their place.
 */
const LinesByCountry = lazyScreen(() => import('./CrisisLinesByCountry'));
const NONE: CrisisPlace[] = [];

function Countries({ countries, level }: { countries: CrisisPlace[]; level: Level | 4 }) {
  const emergencyOnly = countries.map((country) => (
    <CountryCard key={country.code} country={country} level={level} />
  ));
  // A first visit that loses the network before the lines arrived (no service worker yet) keeps
  // the emergency numbers instead of taking the screen down; the next mount tries again.
  return (
    <SectionBoundary fallback={emergencyOnly}>
      <Suspense fallback={emergencyOnly}>
        <LinesByCountry codes={countries.map((country) => country.code)} level={level} />
      </Suspense>
    </SectionBoundary>
  );
}

function CountryPicker({
  value,
  onChange,
  label,
}: {
  value: string;
  onChange: (code: string) => void;
  label: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        autoComplete="off"
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('Choose a country')}</option>
        {countriesByName().map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Crisis lines, the person's own country first. Reads only a clear setting (the country chosen),
 * so it shows while the journal is locked and on screens that stand in for the app; it never
 * waits for that read, starting from what the device says. With `includeOwn` it also shows the
 * lines the person added, which are sealed: never pass it where the journal may be locked.
 */
export function CrisisLines({
  headingLevel = 3,
  includeOwn = false,
}: {
  headingLevel?: Level;
  includeOwn?: boolean;
}) {
  const [device] = useState(deviceRegion);
  const chosen = useChosenRegion();
  const t = useT();
  // Country names, and so their order, follow the language.
  const language = useLanguage();
  // Shown at once even if saving the choice fails (a crash screen, a database that will not
  // open): in a hard moment the numbers matter more than remembering them.
  const [picked, setPicked] = useState<string | null>(null);
  const code = picked ?? chosen ?? device.country;
  const country = crisisCountry(code);
  // The other countries' cards (hundreds of elements, inside a closed list) are drawn just after
  // the rest, in a render React splits into short pieces: drawn with the screen, they were one
  // long task that held a slow phone's thread while a person waited to tap a number.
  const othersNow = useMemo(
    () => countriesByName().filter((other) => other.code !== country?.code),
    // The names, and so their order, are read in the page's language, which `language` follows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [country?.code, language],
  );
  const others = useDeferredValue(othersNow, NONE);

  function choose(next: string) {
    setPicked(next || null);
    setChosenRegion(next || null).catch((error: unknown) => console.error(error));
  }

  return (
    <>
      {includeOwn && <OwnCrisisLines />}
      {country ? (
        <Countries countries={[country]} level={headingLevel} />
      ) : (
        <div className="card" role="group" aria-label={t('Choose your country')}>
          <Heading level={headingLevel}>{t('Choose your country')}</Heading>
          <p>{t('So the numbers here are ones you can call where you are.')}</p>
          <CountryPicker value="" onChange={choose} label={t('Your country')} />
          <p className="muted">{t('Emergency numbers for the places your phone suggests:')}</p>
          <ul className="stack plain-list">
            {device.likely.map(crisisCountry).map(
              (likely) =>
                likely && (
                  <li key={likely.code}>
                    <strong>{likely.name}</strong>{' '}
                    <span className="row">
                      {likely.emergency.map((line) => (
                        <a
                          key={line.call}
                          className="button button--quiet"
                          href={telHref(line.call ?? '')}
                        >
                          {callLabel(line.call)}
                        </a>
                      ))}
                    </span>
                  </li>
                ),
            )}
          </ul>
        </div>
      )}
      {country && (
        <CountryPicker
          value={country.code}
          onChange={choose}
          label={t('Lines for another country')}
        />
      )}
      <details>
        <summary>{t('Lines in other countries')}</summary>
        <Countries countries={others} level={headingLevel === 2 ? 3 : 4} />
      </details>
      <p className="muted">
        {t(
          'Each number was checked in December 2026 against a public page that states it. Numbers can change: if one does not answer, the emergency number is there.',
        )}
      </p>
    </>
  );
}
