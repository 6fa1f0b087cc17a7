import { moodLabel } from '../journal';
import { HALT_KEYS, type HaltKey } from './checkinRepo';
import type { LookBack } from './lookingBack';

const HALT_NAMES: Record<HaltKey, string> = {
  hungry: 'Hungry',
  angry: 'Angry',
  lonely: 'Lonely',
  tired: 'Tired',
};

const EMPTY = '—';

function moodInWords(mood: number | null): string {
  if (mood === null) return EMPTY;
  return `${mood} (${(moodLabel(Math.round(mood)) ?? '').toLocaleLowerCase()})`;
}

function haltInWords(halt: Record<HaltKey, number>): string {
  const marked = HALT_KEYS.filter((key) => halt[key] > 0).map(
    (key) => `${HALT_NAMES[key].toLocaleLowerCase()} ${halt[key]}`,
  );
  return marked.length ? marked.join(', ') : EMPTY;
}

/** The same numbers as the drawing, and more, as tables a screen reader can walk cell by cell. */
export function LookingBackTables({ look }: { look: LookBack }) {
  const unit = look.bucket === 'week' ? 'Week' : 'Month';
  const byPeriod = `By ${unit.toLocaleLowerCase()}`;
  return (
    <div className="look-back__tables">
      <div className="table-scroll" tabIndex={0} role="group" aria-label={byPeriod}>
        <table className="look-back__table">
          <caption>{byPeriod}</caption>
          <thead>
            <tr>
              <th scope="col">{unit}</th>
              <th scope="col">Days checked in</th>
              <th scope="col">Mood (1 to 5)</th>
              <th scope="col">Cravings (0 to 10)</th>
              <th scope="col">HALT, days marked</th>
            </tr>
          </thead>
          <tbody>
            {look.periods.map((period) => (
              <tr key={period.start}>
                <th scope="row">{period.label}</th>
                <td>{period.days}</td>
                <td>{moodInWords(period.mood)}</td>
                <td>{period.craving ?? EMPTY}</td>
                <td>{haltInWords(period.halt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll" tabIndex={0} role="group" aria-label="HALT over this time">
        <table className="look-back__table">
          <caption>HALT over this time</caption>
          <thead>
            <tr>
              <th scope="col">Marked</th>
              <th scope="col">Days</th>
            </tr>
          </thead>
          <tbody>
            {HALT_KEYS.map((key) => (
              <tr key={key}>
                <th scope="row">{HALT_NAMES[key]}</th>
                <td>{look.halt[key]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll" tabIndex={0} role="group" aria-label="Named most often">
        <table className="look-back__table">
          <caption>Named most often</caption>
          <thead>
            <tr>
              <th scope="col">What set cravings off</th>
              <th scope="col">Days</th>
            </tr>
          </thead>
          <tbody>
            {look.triggers.length === 0 && (
              <tr>
                <td colSpan={2}>Nothing named in this time.</td>
              </tr>
            )}
            {look.triggers.map((trigger) => (
              <tr key={trigger.name}>
                <th scope="row" dir="auto">
                  {trigger.name}
                </th>
                <td>{trigger.days}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
