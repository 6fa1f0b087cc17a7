import { useId, useState, type ReactNode } from 'react';
import {
  COUNTRIES_BY_NAME,
  crisisCountry,
  smsHref,
  telHref,
  type CrisisCountry,
  type CrisisLine,
} from './crisisLines';
import { deviceRegion } from './crisisRegion';
import { OwnCrisisLines } from './OwnCrisisLines';
import { setChosenRegion, useChosenRegion } from './useCrisisRegion';

type Level = 2 | 3;
function Heading({ level, children }: { level: Level | 4; children: ReactNode }) {
  if (level === 2) return <h2>{children}</h2>;
  if (level === 3) return <h3>{children}</h3>;
  return <h4>{children}</h4>;
}

function LineItem({ line }: { line: CrisisLine }) {
  const about = [line.hours, line.languages?.join(', ')].filter(Boolean).join(' · ');
  return (
    <li>
      <strong>{line.name}</strong>
      <br />
      <span className="muted">{line.detail}</span>
      {about && (
        <>
          <br />
          <span className="muted">{about}</span>
        </>
      )}
      <span className="row">
        {line.call && (
          <a className="button button--quiet" href={telHref(line.call)}>
            Call {line.call}
          </a>
        )}
        {line.text && (
          <a className="button button--quiet" href={smsHref(line.text)}>
            {line.text.body
              ? `Text ${line.text.body} to ${line.text.number}`
              : `Text ${line.text.number}`}
          </a>
        )}
      </span>
    </li>
  );
}

function CountryCard({ country, level }: { country: CrisisCountry; level: Level | 4 }) {
  return (
    <div className="card" aria-label={`Lines in ${country.name}`} role="group">
      <Heading level={level}>{country.name}</Heading>
      <ul className="stack plain-list">
        {country.emergency.map((line) => (
          <LineItem key={`e-${line.name}-${line.call ?? ''}`} line={line} />
        ))}
        {country.lines.map((line) => (
          <LineItem key={line.name} line={line} />
        ))}
      </ul>
      {country.lines.length === 0 && (
        <p className="muted">
          We have not yet checked a crisis line here. The emergency number is always there.
        </p>
      )}
    </div>
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
        <CountryCard country={country} level={headingLevel} />
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
        {others.map((other) => (
          <CountryCard key={other.code} country={other} level={headingLevel === 2 ? 3 : 4} />
        ))}
      </details>
      <p className="muted">
        Each number was checked in December 2026 against a public page that states it. Numbers can
        change: if one does not answer, the emergency number is there.
      </p>
    </>
  );
}
