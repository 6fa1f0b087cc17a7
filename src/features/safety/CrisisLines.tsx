import { Suspense, useId, useState } from 'react';
import { lazyScreen } from '../../core/lazyScreen';
import { SectionBoundary } from '../../ui/SectionBoundary';
import { COUNTRIES_BY_NAME, crisisCountry, telHref, type CrisisPlace } from './crisisLines';
import { CountryCard, Heading, type Level } from './CrisisLinesCard';
import { deviceRegion } from './crisisRegion';
import { OwnCrisisLines } from './OwnCrisisLines';
import { setChosenRegion, useChosenRegion } from './useCrisisRegion';

/**
 * The crisis lines themselves (47 countries, about 10 KB) stay off the first screen, which this
 * component is on (the locked screen, the error screens). As a lazy screen they are loaded once
 * the first screen is drawn and the phone is idle (app/warmScreens.ts), and the service worker
 * keeps them, so they show offline too; until they are here, every country's emergency numbers
 * show in their place.
 */
const LinesByCountry = lazyScreen(() => import('./CrisisLinesByCountry'));

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
        <option value="">Choose a country</option>
        {COUNTRIES_BY_NAME.map((country) => (
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
  // Shown at once even if saving the choice fails (a crash screen, a database that will not
  // open): in a hard moment the numbers matter more than remembering them.
  const [picked, setPicked] = useState<string | null>(null);
  const code = picked ?? chosen ?? device.country;
  const country = crisisCountry(code);
  const others = COUNTRIES_BY_NAME.filter((other) => other.code !== country?.code);

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
        <div className="card" role="group" aria-label="Choose your country">
          <Heading level={headingLevel}>Choose your country</Heading>
          <p>So the numbers here are ones you can call where you are.</p>
          <CountryPicker value="" onChange={choose} label="Your country" />
          <p className="muted">Emergency numbers for the places your phone suggests:</p>
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
                          Call {line.call}
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
        <CountryPicker value={country.code} onChange={choose} label="Lines for another country" />
      )}
      <details>
        <summary>Lines in other countries</summary>
        <Countries countries={others} level={headingLevel === 2 ? 3 : 4} />
      </details>
      <p className="muted">
        Each number was checked in December 2026 against a public page that states it. Numbers can
        change: if one does not answer, the emergency number is there.
      </p>
    </>
  );
}
