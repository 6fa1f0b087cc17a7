import { format } from 'date-fns';
import { useState, type FormEvent } from 'react';
import { useDateFnsLocale } from '../../core/i18n/dateFnsLocale';
import { useT } from '../../core/i18n/language';
import { dayStart, isDayKey } from './dayInput';
import { MAX_COUNT, type GoalMeasure } from './goalMeasure';
import { logGoal, removeGoalLog, type GoalLog } from './goalsRepo';
import { repoMessage } from './repoMessage';
import { ScaleField } from './ScaleField';
import { useCurrentDay } from './useCurrentDay';

interface Props {
  goalId: string;
  measure: GoalMeasure;
  logs: readonly GoalLog[];
}

type Outcome = { kind: 'saved'; text: string } | { kind: 'error'; text: string } | undefined;

/** Logs one day in the goal's own measure. Choosing a day already logged shows what it holds. */
export function GoalLogForm({ goalId, measure, logs }: Props) {
  const t = useT();
  const locale = useDateFnsLocale();
  const today = useCurrentDay();
  const find = (d: string) => logs.find((log) => log.day === d);
  const [day, setDay] = useState(today);
  const [value, setValue] = useState<number | undefined>(() => find(today)?.value);
  const [count, setCount] = useState(() => String(find(today)?.value ?? ''));
  const [note, setNote] = useState(() => find(today)?.note ?? '');
  const [outcome, setOutcome] = useState<Outcome>();
  const existing = find(day);

  const chooseDay = (next: string) => {
    setDay(next);
    const log = find(next);
    setValue(log?.value);
    setCount(log ? String(log.value) : '');
    setNote(log?.note ?? '');
    setOutcome(undefined);
  };

  const dayWords = isDayKey(day) ? format(dayStart(day), t('EEEE d MMMM'), { locale }) : day;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = measure.kind === 'count' ? (count.trim() === '' ? NaN : Number(count)) : value;
    if (chosen === undefined) {
      setOutcome({ kind: 'error', text: t('Choose an answer for this day first.') });
      return;
    }
    try {
      await logGoal(goalId, day, chosen, note);
      setOutcome({ kind: 'saved', text: t('Logged for {day}.', { day: dayWords }) });
    } catch (error) {
      setOutcome({ kind: 'error', text: repoMessage(error) });
    }
  }

  async function remove() {
    try {
      await removeGoalLog(goalId, day);
      chooseDay(day);
      setOutcome({
        kind: 'saved',
        text: t('The log for {day} was taken away.', { day: dayWords }),
      });
    } catch (error) {
      setOutcome({ kind: 'error', text: repoMessage(error) });
    }
  }

  return (
    // noValidate: a future day gets our plain message instead of a silent browser block.
    <form
      autoComplete="off"
      noValidate
      className="goal-log card"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="goal-log-title"
    >
      <h2 id="goal-log-title">{t('Log a day')}</h2>
      <div className="field">
        <label htmlFor="goal-log-day">{t('Day')}</label>
        <input
          autoComplete="off"
          id="goal-log-day"
          className="input"
          type="date"
          max={today}
          value={day}
          onChange={(event) => chooseDay(event.target.value)}
        />
      </div>
      {measure.kind === 'done' && (
        <fieldset className="choice-set">
          <legend>{t('Did you do it this day?')}</legend>
          <div className="choices">
            {(
              [
                [1, t('Done')],
                [0, t('Not this day')],
              ] as const
            ).map(([v, label]) => (
              <label key={v} className="choice">
                <input
                  autoComplete="off"
                  type="radio"
                  name="goal-log-done"
                  checked={value === v}
                  onChange={() => setValue(v)}
                />
                <span>{label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {measure.kind === 'scale' && (
        <ScaleField
          legend={t('Where was it this day?')}
          hint={t('0 is the lowest, 10 the highest, in your own sense of it.')}
          value={value}
          onChange={setValue}
          clearable={false}
        />
      )}
      {measure.kind === 'count' && (
        <div className="field">
          <label htmlFor="goal-log-count">
            {measure.unit ? t('How many {unit}?', { unit: measure.unit }) : t('How many?')}
          </label>
          <input
            autoComplete="off"
            id="goal-log-count"
            className="input"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_COUNT}
            step={1}
            value={count}
            onChange={(event) => setCount(event.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor="goal-log-note">{t('A note (optional)')}</label>
        <input
          id="goal-log-note"
          className="input"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          autoComplete="off"
          dir="auto"
        />
      </div>
      <div className="row">
        <button type="submit" className="button">
          {existing ? t('Update this day') : t('Save for this day')}
        </button>
        {existing && (
          <button type="button" className="button button--quiet" onClick={() => void remove()}>
            {t('Take this day’s log away')}
          </button>
        )}
      </div>
      <p
        className={outcome?.kind === 'error' ? 'today-error' : 'muted'}
        role={outcome?.kind === 'error' ? 'alert' : 'status'}
      >
        {outcome?.text}
      </p>
    </form>
  );
}
