import { useCallback, useState } from 'react';
import { Link } from 'wouter';
import { msg, t, useT } from '../../core/i18n/language';
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
  type ReviewKey,
} from './checkinRepo';
import { MAX_TEXT_CHARS } from './inputError';
import { HALT_LABELS } from './haltWords';
import { HardMomentResponse } from './HardMomentResponse';
import { ScaleField } from './ScaleField';

// A day written in later is asked about as that day, not as today.
const reviewLabels = (isToday: boolean): Record<ReviewKey, string> => ({
  wentWell: isToday ? msg('What went well today?') : msg('What went well that day?'),
  hurt: msg('Where was I hurt, or hurtful?'),
  differently: msg('What would I do differently?'),
  setRight: msg('Is there anything to set right?'),
});

const GRATITUDE_LABELS = [msg('First thing'), msg('Second thing'), msg('Third thing')];
const TRIGGERS_LABEL = msg('What set them off? (optional)');
const WIN_LABEL = msg('One small win');
const HELPED_LABEL = msg('What helped, if anything? (optional)');

/** Every written answer cut to what a check-in keeps, so one long answer never stops the rest. */
function fitted(fields: CheckinFields, fit: Fit, isToday: boolean): CheckinFields {
  const text = (value: string, label: string) => fit.text(value, MAX_TEXT_CHARS, t(label));
  const labels = reviewLabels(isToday);
  const review = { ...fields.review };
  for (const key of REVIEW_KEYS) review[key] = text(fields.review[key], labels[key]);
  return {
    ...fields,
    triggers: text(fields.triggers, TRIGGERS_LABEL),
    gratitude: fields.gratitude.map((g, i) => text(g, GRATITUDE_LABELS[i] ?? msg('Gratitude'))),
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
  useT();
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
        <legend>{t('How are you feeling?')}</legend>
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
              <span>{t(option.label)}</span>
            </label>
          ))}
        </div>
        {draft.mood !== undefined && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => update({ mood: undefined })}
          >
            {t('Clear mood')}
          </button>
        )}
      </fieldset>

      <fieldset className="choice-set" aria-describedby="halt-hint">
        <legend>{t('HALT: are you…')}</legend>
        <p id="halt-hint" className="muted today-hint">
          {t('Noticing these helps you look after yourself.')}{' '}
          {isToday ? t('Tick any that fit right now.') : t('Tick any that fitted that day.')}
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
              <span>{t(HALT_LABELS[key])}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <ScaleField
        legend={isToday ? t('Cravings or urges today') : t('Cravings or urges that day')}
        hint={t('0 means none at all, 10 the strongest. Any number is just information.')}
        value={draft.craving}
        onChange={(craving) => update({ craving })}
      />
      <div className="field">
        <label htmlFor="checkin-triggers">{t(TRIGGERS_LABEL)}</label>
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

      <HardMomentResponse fields={draft} helpedLabel={t(HELPED_LABEL)} onChange={update} />

      <fieldset className="choice-set">
        <legend>{t('Up to three things you’re grateful for')}</legend>
        {GRATITUDE_LABELS.map((label, i) => (
          <div className="field" key={label}>
            <label htmlFor={`checkin-gratitude-${i}`}>{t(label)}</label>
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
        <label htmlFor="checkin-win">{t(WIN_LABEL)}</label>
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
        <legend>{t('Step 10 review')}</legend>
        <p id="review-hint" className="muted today-hint">
          {t('A short, kind look back at the day. Answer one, all, or none.')}
        </p>
        {REVIEW_KEYS.map((key) => (
          <div className="field" key={key}>
            <label htmlFor={`checkin-review-${key}`}>{t(labels[key])}</label>
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

      <SaveLine state={state} idle={t('Saves as you go')} />
      <p>
        {t('When you’re done, you can simply leave; everything here is kept.')}{' '}
        <Link href={ROUTES.today}>{t('Back to Today')}</Link>
      </p>
    </form>
  );
}
