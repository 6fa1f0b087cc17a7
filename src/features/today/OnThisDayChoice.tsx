import { useId } from 'react';
import { setOnThisDay } from './onThisDayRepo';
import { useOnThisDayOn } from './useOnThisDay';

/** The person's choice whether Today offers the entries written on this day a year ago. */
export function OnThisDayChoice() {
  const id = useId();
  const on = useOnThisDayOn();
  return (
    <div className="field">
      <label className="choice" htmlFor={id}>
        <input
          autoComplete="off"
          id={id}
          type="checkbox"
          checked={on === true}
          disabled={on === undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => void setOnThisDay(event.target.checked)}
        />
        <span>Offer “On this day” on Today</span>
      </label>
      <span id={`${id}-hint`} className="muted">
        When you wrote on this day a year ago, Today links to it. Off unless you turn it on. Its
        title shows only when “Show words on Today” is on as well.
      </span>
    </div>
  );
}
