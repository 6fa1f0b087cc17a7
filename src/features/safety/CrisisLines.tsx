import { CRISIS_REGIONS, smsHref, telHref } from './crisisLines';

/** The built-in crisis lines, grouped by country. Static: shown even while the journal is locked. */
export function CrisisLines({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <p className="muted">Check the numbers for where you are.</p>
      {CRISIS_REGIONS.map((region) => (
        <div className="card" key={region.region}>
          <Heading>{region.region}</Heading>
          <ul className="stack plain-list">
            {region.lines.map((line) => (
              <li key={line.name}>
                <strong>{line.name}</strong>
                <br />
                <span className="muted">{line.detail}</span>
                <span className="row">
                  {line.call && (
                    <a className="button button--quiet" href={telHref(line.call)}>
                      Call {line.call}
                    </a>
                  )}
                  {line.text && (
                    <a className="button button--quiet" href={smsHref(line.text)}>
                      Text {line.text.number}
                    </a>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
