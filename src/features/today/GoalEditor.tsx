import { useCallback, useState } from 'react';
import { t, useT } from '../../core/i18n/language';
import { useEditorSave, type Fit } from '../../core/useEditorSave';
import { LimitNote } from '../../ui/LimitNote';
import { SaveLine } from '../../ui/SaveLine';
import { MEASURE_KINDS, MEASURE_LABELS, type GoalMeasure } from './goalMeasure';
import { MAX_NAME_CHARS, MAX_UNIT_CHARS, saveGoal, type Goal, type GoalInput } from './goalsRepo';
import { MAX_TEXT_CHARS } from './inputError';

interface Props {
  id: string;
  initial: Goal | undefined;
  /** Once a day is logged the measure stays, so the log keeps its meaning. */
  measureLocked: boolean;
}

function inputOf(goal: Goal | undefined): GoalInput {
  const measure: GoalMeasure = { kind: goal?.measure.kind ?? 'done' };
  if (goal?.measure.unit) measure.unit = goal.measure.unit;
  return { name: goal?.name ?? '', why: goal?.why ?? '', measure };
}

const snapshot = (input: GoalInput) =>
  JSON.stringify({
    name: input.name,
    why: input.why,
    measure: { kind: input.measure.kind, unit: input.measure.unit },
  });

export function GoalEditor({ id, initial, measureLocked }: Props) {
  useT();
  const [draft, setDraft] = useState<GoalInput>(() => inputOf(initial));
  const write = useCallback(
    (value: string, fit: Fit) => {
      const input = JSON.parse(value) as GoalInput;
      const measure: GoalMeasure =
        input.measure.kind === 'count' && input.measure.unit !== undefined
          ? {
              ...input.measure,
              unit: fit.text(input.measure.unit, MAX_UNIT_CHARS, t('What you count')),
            }
          : input.measure;
      return saveGoal(id, {
        name: fit.text(input.name, MAX_NAME_CHARS, t('Your goal')),
        why: fit.text(input.why, MAX_TEXT_CHARS, t('Why it matters to you')),
        measure,
      });
    },
    [id],
  );
  // Saved elsewhere (another tab, or a victory noted here): take it if nothing here waits.
  const { state } = useEditorSave({
    value: snapshot(draft),
    write,
    stored: initial,
    take: (stored) => {
      const incoming = inputOf(stored);
      setDraft(incoming);
      return snapshot(incoming);
    },
  });

  const named = draft.name.trim().length > 0;
  return (
    <form autoComplete="off" className="goal-editor" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor="goal-name">{t('Your goal, in your words')}</label>
        <input
          id="goal-name"
          className="input"
          value={draft.name}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          aria-describedby={named ? undefined : 'goal-draft-note'}
          maxLength={MAX_NAME_CHARS}
          autoComplete="off"
          dir="auto"
        />
        <LimitNote
          length={draft.name.length}
          max={MAX_NAME_CHARS}
          more={t('A few words are plenty.')}
        />
        {!named && (
          <p id="goal-draft-note" className="muted today-hint">
            {t('Without a name, this goal waits as a draft. Name it whenever you’re ready.')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="goal-why">{t('Why it matters to you (optional)')}</label>
        <textarea
          autoComplete="off"
          id="goal-why"
          className="textarea today-textarea"
          value={draft.why}
          onChange={(event) => setDraft({ ...draft, why: event.target.value })}
          maxLength={MAX_TEXT_CHARS}
          dir="auto"
        />
        <LimitNote length={draft.why.length} max={MAX_TEXT_CHARS} />
      </div>
      <fieldset
        className="choice-set"
        disabled={measureLocked}
        aria-describedby={measureLocked ? 'goal-measure-locked' : undefined}
      >
        <legend>{t('How you’ll measure it')}</legend>
        {measureLocked && (
          <p id="goal-measure-locked" className="muted today-hint">
            {t('The measure stays as it is once a day is logged, so your log keeps its meaning.')}
          </p>
        )}
        <div className="choices choices--stacked">
          {MEASURE_KINDS.map((kind) => (
            <label key={kind} className="choice">
              <input
                autoComplete="off"
                type="radio"
                name="goal-measure"
                checked={draft.measure.kind === kind}
                onChange={() => setDraft({ ...draft, measure: { ...draft.measure, kind } })}
              />
              <span>{t(MEASURE_LABELS[kind])}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {draft.measure.kind === 'count' && (
        <div className="field">
          <label htmlFor="goal-unit">{t('What you count (optional)')}</label>
          <input
            id="goal-unit"
            className="input"
            value={draft.measure.unit ?? ''}
            placeholder={t('for example, pages read')}
            onChange={(event) =>
              setDraft({ ...draft, measure: { kind: 'count', unit: event.target.value } })
            }
            maxLength={MAX_UNIT_CHARS}
            autoComplete="off"
            dir="auto"
          />
          <LimitNote
            length={(draft.measure.unit ?? '').length}
            max={MAX_UNIT_CHARS}
            more={t('A word or two is plenty.')}
          />
        </div>
      )}
      <SaveLine state={state} idle={t('Saves as you go')} />
    </form>
  );
}
