import type { Trends } from './trends';
import { STRONG_AT } from './trends';

/** The same numbers as the drawing, as tables a screen reader can walk cell by cell. */
export function TrendsTables({ trends }: { trends: Trends }) {
  const unit = trends.bucket === 'week' ? 'week' : 'month';
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="group" aria-label="Feelings by family">
        <table className="trends-table">
          <caption>Feelings by family</caption>
          <thead>
            <tr>
              <th scope="col">Feeling</th>
              <th scope="col">Times named</th>
              <th scope="col">Average strength (0 to 10)</th>
              <th scope="col">Times at {STRONG_AT} or more</th>
              <th scope="col">Words you used</th>
            </tr>
          </thead>
          <tbody>
            {trends.families.length === 0 && (
              <tr>
                <td colSpan={5}>Nothing named in this range yet.</td>
              </tr>
            )}
            {trends.families.map((family) => (
              <tr key={family.key}>
                <th scope="row">{family.name}</th>
                <td>{family.count}</td>
                <td>{family.average ?? '—'}</td>
                <td>{family.strong}</td>
                <td>{family.words.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll" tabIndex={0} role="group" aria-label={`By ${unit}`}>
        <table className="trends-table">
          <caption>By {unit}</caption>
          <thead>
            <tr>
              <th scope="col">{unit === 'week' ? 'Week' : 'Month'}</th>
              <th scope="col">Inventories</th>
              <th scope="col">Feelings named</th>
              <th scope="col">Average strength</th>
            </tr>
          </thead>
          <tbody>
            {trends.periods.map((period) => (
              <tr key={period.start}>
                <th scope="row">{period.label}</th>
                <td>{period.inventories}</td>
                <td>{period.named}</td>
                <td>{period.average ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
