import { useId, useState } from 'react';
import { msg, useT } from '../../core/i18n/language';
import { dayKey } from '../../lib/dates';

/**
 * The day an entry belongs to, for writing about an earlier day. Only today or a day before it is
 * taken; anything else leaves the entry where it was and says why.
 */
export function EntryDate({
  day,
  onChange,
}: {
  day: string | undefined;
  onChange: (day: string) => void;
}) {
  const t = useT();
  const id = useId();
  // Fixed when the editor opens; a page left open past midnight can reopen for the new day.
  const [today] = useState(() => dayKey(Date.now()));
  const [problem, setProblem] = useState<string>();
  return (
    <div className="field">
      <label htmlFor={id}>{t('Date of this entry')}</label>
      <input
        id={id}
        type="date"
        className="input"
        value={day ?? today}
        max={today}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const chosen = event.target.value;
          if (!chosen) return;
          if (chosen > today) {
            setProblem(msg('That day has not come yet. Choose today or a day before it.'));
            return;
          }
          setProblem(undefined);
          onChange(chosen);
        }}
      />
      <span id={`${id}-hint`} className="muted">
        {t(
          'Writing about another day? Choose it here, and the entry sits on that day in your journal.',
        )}
      </span>
      {problem && (
        <p role="alert" className="notice">
          {t(problem)}
        </p>
      )}
    </div>
  );
}
