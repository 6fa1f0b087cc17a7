import { useCallback, useState } from 'react';
import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { useEditorSave, type Fit } from '../../core/useEditorSave';
import { LimitNote } from '../../ui/LimitNote';
import { SaveLine } from '../../ui/SaveLine';
import { MOODS } from '../journal';
import { AddToStayingWell } from '../safety';
import {
  emptyCheckin,
  HALT_KEYS,
  REVIEW_KEYS,
  saveCheckin,
  type Checkin,
  type CheckinFields,
  type HaltKey,
  type ReviewKey,
} from './checkinRepo';
import { MAX_TEXT_CHARS } from './inputError';
import { HardMomentResponse } from './HardMomentResponse';
import { ScaleField } from './ScaleField';

const HALT_LABELS: Record<HaltKey, string> = {
  hungry: 'Hungry',
  angry: 'Angry',
  lonely: 'Lonely',
  tired: 'Tired',
};

// A day written in later is asked about as that day, not as today.
const reviewLabels = (isToday: boolean): Record<ReviewKey, string> => ({
  wentWell: isToday ? 'What went well today?' : 'What went well that day?',
  hurt: 'Where was I hurt, or hurtful?',
  differently: 'What would I do differently?',
  setRight: 'Is there anything to set right?',
});

const GRATITUDE_LABELS = ['First thing', 'Second thing', 'Third thing'];
const TRIGGERS_LABEL = 'What set them off? (optional)';
const WIN_LABEL = 'One small win';
const HELPED_LABEL = 'What helped, if anything? (optional)';

/** Every written answer cut to what a check-in keeps, so one long answer never stops the rest. */
function fitted(fields: CheckinFields, fit: Fit, isToday: boolean): CheckinFields {
  const text = (value: string, label: string) => fit.text(value, MAX_TEXT_CHARS, label);
  const labels = reviewLabels(isToday);
  const review = { ...fields.review };
  for (const key of REVIEW_KEYS) review[key] = text(fields.review[key], labels[key]);
  return {
    ...fields,
    triggers: text(fields.triggers, TRIGGERS_LABEL),
    gratitude: fields.gratitude.map((g, i) => text(g, GRATITUDE_LABELS[i] ?? 'Gratitude')),
    win: text(fields.win, WIN_LABEL),
    review,
    ...(fields.whatHelped !== undefined && { whatHelped: text(fields.whatHelped, HELPED_LABEL) }),
  };
}

/** The fields in a fixed order, so equal answers make an equal snapshot and nothing is saved. */
function fieldsOf(checkin: Checkin | undefined): CheckinFields {
  const base = emptyCheckin();
  if (!checkin) return base;
  const fields: CheckinFields = {
    halt: { ...base.halt, ...checkin.halt },
    triggers: checkin.triggers,
    gratitude: base.gratitude.map((_, i) => checkin.gratitude[i] ?? ''),
    win: checkin.win,
    review: { ...base.review, ...checkin.review },
  };
  if (checkin.mood !== undefined) fields.mood = checkin.mood;
  if (checkin.craving !== undefined) fields.craving = checkin.craving;
  if (checkin.hardMomentClosed !== undefined) fields.hardMomentClosed = checkin.hardMomentClosed;
  if (checkin.whatHelped !== undefined) fields.whatHelped = checkin.whatHelped;
  return fields;
}

// Autosave compares snapshots as strings; keys go in a fixed order so equal answers match.
const snapshot = (f: CheckinFields) =>
  JSON.stringify({
    mood: f.mood,
    halt: {
      hungry: f.halt.hungry,
      angry: f.halt.angry,
      lonely: f.halt.lonely,
      tired: f.halt.tired,
    },
    craving: f.craving,
    triggers: f.triggers,
    gratitude: f.gratitude,
    win: f.win,
    review: {
      wentWell: f.review.wentWell,
      hurt: f.review.hurt,
      differently: f.review.differently,
      setRight: f.review.setRight,
    },
    hardMomentClosed: f.hardMomentClosed,
    whatHelped: f.whatHelped,
  });

export function CheckinForm({
  day,
  isToday,
  initial,
}: {
  day: string;
  isToday: boolean;
  initial: Checkin | undefined;
}) {
  const [draft, setDraft] = useState<CheckinFields>(() => fieldsOf(initial));
  const labels = reviewLabels(isToday);
  const write = useCallback(
    (value: string, fit: Fit) =>
      saveCheckin(day, fitted(JSON.parse(value) as CheckinFields, fit, isToday)),
    [day, isToday],
  );
  const { state } = useEditorSave({
    value: snapshot(draft),
    write,
    stored: initial,
    take: (stored) => {
      const incoming = fieldsOf(stored);
      setDraft(incoming);
      return snapshot(incoming);
    },
  });

  const update = (patch: Partial<CheckinFields>) =>
    setDraft((current) => ({ ...current, ...patch }));

  return (
    <form autoComplete="off" className="checkin__form" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="choice-set">
        <legend>How are you feeling?</legend>
        <div className="choices">
          {MOODS.map((option) => (
            <label key={option.value} className="choice">
              <input
                autoComplete="off"
                type="radio"
                name="checkin-mood"
                checked={draft.mood === option.value}
                onChange={() => update({ mood: option.value })}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
        {draft.mood !== undefined && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => update({ mood: undefined })}
          >
            Clear mood
          </button>
        )}
      </fieldset>

      <fieldset className="choice-set" aria-describedby="halt-hint">
        <legend>HALT: are you…</legend>
        <p id="halt-hint" className="muted today-hint">
          Noticing these helps you look after yourself.{' '}
          {isToday ? 'Tick any that fit right now.' : 'Tick any that fitted that day.'}
        </p>
        <div className="choices">
          {HALT_KEYS.map((key) => (
            <label key={key} className="choice">
              <input
                autoComplete="off"
                type="checkbox"
                checked={draft.halt[key]}
                onChange={(event) =>
                  update({ halt: { ...draft.halt, [key]: event.target.checked } })
                }
              />
              <span>{HALT_LABELS[key]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <ScaleField
        legend={isToday ? 'Cravings or urges today' : 'Cravings or urges that day'}
        hint="0 means none at all, 10 the strongest. Any number is just information."
        value={draft.craving}
        onChange={(craving) => update({ craving })}
      />
      <div className="field">
        <label htmlFor="checkin-triggers">{TRIGGERS_LABEL}</label>
        <textarea
          autoComplete="off"
          id="checkin-triggers"
          className="textarea today-textarea"
          value={draft.triggers}
          onChange={(event) => update({ triggers: event.target.value })}
          maxLength={MAX_TEXT_CHARS}
          dir="auto"
        />
        <LimitNote length={draft.triggers.length} max={MAX_TEXT_CHARS} />
        <AddToStayingWell words={draft.triggers} />
      </div>

      <HardMomentResponse fields={draft} helpedLabel={HELPED_LABEL} onChange={update} />

      <fieldset className="choice-set">
        <legend>Up to three things you're grateful for</legend>
        {GRATITUDE_LABELS.map((label, i) => (
          <div className="field" key={label}>
            <label htmlFor={`checkin-gratitude-${i}`}>{label}</label>
            <input
              id={`checkin-gratitude-${i}`}
              className="input"
              value={draft.gratitude[i] ?? ''}
              onChange={(event) =>
                update({
                  gratitude: draft.gratitude.map((g, j) => (j === i ? event.target.value : g)),
                })
              }
              maxLength={MAX_TEXT_CHARS}
              autoComplete="off"
              dir="auto"
            />
            <LimitNote length={(draft.gratitude[i] ?? '').length} max={MAX_TEXT_CHARS} />
          </div>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor="checkin-win">{WIN_LABEL}</label>
        <input
          id="checkin-win"
          className="input"
          value={draft.win}
          onChange={(event) => update({ win: event.target.value })}
          maxLength={MAX_TEXT_CHARS}
          autoComplete="off"
          dir="auto"
        />
        <LimitNote length={draft.win.length} max={MAX_TEXT_CHARS} />
      </div>

      <fieldset className="choice-set" aria-describedby="review-hint">
        <legend>Step 10 review</legend>
        <p id="review-hint" className="muted today-hint">
          A short, kind look back at the day. Answer one, all, or none.
        </p>
        {REVIEW_KEYS.map((key) => (
          <div className="field" key={key}>
            <label htmlFor={`checkin-review-${key}`}>{labels[key]}</label>
            <textarea
              autoComplete="off"
              id={`checkin-review-${key}`}
              className="textarea today-textarea"
              value={draft.review[key]}
              onChange={(event) =>
                update({ review: { ...draft.review, [key]: event.target.value } })
              }
              maxLength={MAX_TEXT_CHARS}
              dir="auto"
            />
            <LimitNote length={draft.review[key].length} max={MAX_TEXT_CHARS} />
          </div>
        ))}
      </fieldset>

      <SaveLine state={state} idle="Saves as you go" />
      <p>
        When you're done, you can simply leave; everything here is kept.{' '}
        <Link href={ROUTES.today}>Back to Today</Link>
      </p>
    </form>
  );
}
