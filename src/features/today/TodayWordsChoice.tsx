import { useId } from 'react';
import { setTodayShowsWords, useTodayShowsWords } from './useHome';

/** The person's choice whether Today shows words: their last entry's first line, the step prompt. */
export function TodayWordsChoice() {
  const id = useId();
  const on = useTodayShowsWords();
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
          onChange={(event) => void setTodayShowsWords(event.target.checked)}
        />
        <span>Show words on Today</span>
      </label>
      <span id={`${id}-hint`} className="muted">
        The first line of your last entry and the day's step prompt. Off, Today says only “Continue
        your last entry”, so a glance at your phone shows nothing you wrote.
      </span>
    </div>
  );
}
