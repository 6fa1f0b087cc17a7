import type { ReactNode } from 'react';
import { t } from '../../core/i18n/language';
import { type CrisisLine, type CrisisPlace } from './crisisLines';
import { smsHref, telHref } from './phoneLinks';

export type Level = 2 | 3;

/** "Call 988", on every button that dials. */
export const callLabel = (number: string) => t('Call {number}', { number });

export function Heading({ level, children }: { level: Level | 4; children: ReactNode }) {
  if (level === 2) return <h2>{children}</h2>;
  if (level === 3) return <h3>{children}</h3>;
  return <h4>{children}</h4>;
}

type ShownLine = Pick<CrisisLine, 'name' | 'detail' | 'call'> & Partial<CrisisLine>;

function LineItem({ line }: { line: ShownLine }) {
  // Hours and languages are English data (crisisLineCountries.ts), said in the person's language.
  const about = [line.hours && t(line.hours), line.languages?.map((name) => t(name)).join(', ')]
    .filter(Boolean)
    .join(' · ');
  return (
    <li>
      <strong>{t(line.name)}</strong>
      <br />
      <span className="muted">{t(line.detail)}</span>
      {about && (
        <>
          <br />
          <span className="muted">{about}</span>
        </>
      )}
      <span className="row">
        {line.call && (
          <a className="button button--quiet" href={telHref(line.call)}>
            {callLabel(line.call)}
          </a>
        )}
        {line.text && (
          <a className="button button--quiet" href={smsHref(line.text)}>
            {line.text.body
              ? t('Text {word} to {number}', { word: line.text.body, number: line.text.number })
              : t('Text {number}', { number: line.text.number })}
          </a>
        )}
      </span>
    </li>
  );
}

/**
 * One country's numbers. Without `lines` (the crisis lines have not loaded yet) it shows the
 * emergency numbers alone, and says nothing of lines it does not have yet.
 */
export function CountryCard({
  country,
  lines,
  level,
}: {
  country: CrisisPlace;
  lines?: CrisisLine[];
  level: Level | 4;
}) {
  return (
    <div
      className="card"
      aria-label={t('Lines in {country}', { country: country.name })}
      role="group"
    >
      <Heading level={level}>{country.name}</Heading>
      <ul className="stack plain-list">
        {country.emergency.map((line) => (
          <LineItem key={`e-${line.name}-${line.call ?? ''}`} line={line} />
        ))}
        {lines?.map((line) => (
          <LineItem key={line.name} line={line} />
        ))}
      </ul>
      {lines?.length === 0 && (
        <p className="muted">
          {t('We have not yet checked a crisis line here. The emergency number is always there.')}
        </p>
      )}
    </div>
  );
}
