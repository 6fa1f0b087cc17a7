import { CRISIS_REGIONS, smsHref, telHref } from './crisisLines';

export default function HelpPage() {
  return (
    <section>
      <h1>Help now</h1>
      <p>You are not alone in this. Take one slow breath. You can stay here as long as you need.</p>
      <div className="card">
        <h2>A moment to ground yourself</h2>
        <p>
          Look around and name five things you can see. Then four you can touch, three you can hear,
          two you can smell, and one you can taste. There is no wrong way to do it.
        </p>
        <p>
          If you’d like, breathe in slowly for a count of four, hold for four, and breathe out for
          six. Let your shoulders drop as you breathe out.
        </p>
      </div>
      <h2>People you can call or text</h2>
      <p className="muted">Check the numbers for where you are.</p>
      {CRISIS_REGIONS.map((region) => (
        <div className="card" key={region.region}>
          <h3>{region.region}</h3>
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
    </section>
  );
}
