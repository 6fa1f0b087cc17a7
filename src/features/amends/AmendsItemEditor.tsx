import { useCallback, useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { msg, useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { useEditorSave, type Fit } from '../../core/useEditorSave';
import { LimitNote } from '../../ui/LimitNote';
import { AMENDS_STATUSES, deleteAmendsItem, saveAmendsItem, WILLINGNESS } from './amendsRepo';
import { longDate } from './dates';
import { errorText } from './errorText';
import { AMENDS_KINDS, directWithRisk, kindLabel, riskAnswerLine } from './harmCheck';
import { STATUS_LABELS, WILLINGNESS_LABELS } from './labels';
import { SaveLine } from '../../ui/SaveLine';
import type { AmendsItem, AmendsKind, AmendsStatus, Willingness } from './types';
import { useDoneToMe } from './useAmends';
import { MAX_FIELD_CHARS } from './validation';

interface Draft {
  myself: boolean;
  person: string;
  relationship: string;
  whatHappened: string;
  myPart: string;
  willingness: Willingness | undefined;
  status: AmendsStatus;
}

function draftOf(item: AmendsItem | undefined): Draft {
  return {
    myself: item?.myself ?? false,
    person: item?.myself ? '' : (item?.person ?? ''),
    relationship: item?.relationship ?? '',
    whatHappened: item?.whatHappened ?? '',
    myPart: item?.myPart ?? '',
    willingness: item?.willingness,
    status: item?.status ?? 'listed',
  };
}

const NAME_LABEL = msg('Their name, or how you think of them');

// Autosave compares snapshots as strings: equal words mean nothing to save.
const snapshot = (draft: Draft) => JSON.stringify(draft);

export function AmendsItemEditor({
  id,
  initial,
  canBeMyself,
}: {
  id: string;
  initial: AmendsItem | undefined;
  canBeMyself: boolean;
}) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const doneToMe = useDoneToMe(initial?.inventoryItemId);
  const write = useCallback(
    async (value: string, fit: Fit) => {
      const { person, ...rest } = JSON.parse(value) as Draft;
      // A name cleared for a moment is not saved (the repository would refuse it); the line
      // under the box says so, and the next letter typed saves everything again.
      if (!rest.myself && !person.trim()) return undefined;
      const fitted = fit.fields({ ...rest, person }, MAX_FIELD_CHARS, {
        person: t(NAME_LABEL),
        relationship: t('How you know them'),
        whatHappened: t('What happened'),
        myPart: t('My part, where I had one'),
      });
      return saveAmendsItem({ id, ...fitted });
    },
    [id, t],
  );
  const { state } = useEditorSave({
    value: snapshot(draft),
    write,
    stored: initial,
    take: (stored) => {
      const incoming = draftOf(stored);
      setDraft(incoming);
      return snapshot(incoming);
    },
  });
  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const ids = { who: useId(), name: useId(), rel: useId(), what: useId(), part: useId() };
  const saved = initial !== undefined;
  const person = draft.person.trim();

  return (
    <form autoComplete="off" onSubmit={(event) => event.preventDefault()}>
      {!saved && canBeMyself && (
        <fieldset>
          <legend>{t('Who is this about?')}</legend>
          <div className="choices">
            <label className="choice">
              <input
                autoComplete="off"
                type="radio"
                name={ids.who}
                checked={draft.myself}
                onChange={() => update({ myself: true })}
              />
              {t('Myself')}
            </label>
            <label className="choice">
              <input
                autoComplete="off"
                type="radio"
                name={ids.who}
                checked={!draft.myself}
                onChange={() => update({ myself: false })}
              />
              {t('Someone else')}
            </label>
          </div>
        </fieldset>
      )}
      {draft.myself ? (
        <p className="amends-person">{t('Myself')}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={ids.name}>{t(NAME_LABEL)}</label>
            <input
              id={ids.name}
              className="input"
              value={draft.person}
              onChange={(event) => update({ person: event.target.value })}
              maxLength={MAX_FIELD_CHARS}
              autoComplete="off"
              dir="auto"
            />
            <LimitNote length={draft.person.length} max={MAX_FIELD_CHARS} />
            {saved && !draft.person.trim() && (
              <p className="amends-error" role="alert">
                {t('Write whom this is about. Until then, the rest is kept as it was last saved.')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={ids.rel}>{t('How you know them (optional)')}</label>
            <input
              id={ids.rel}
              className="input"
              value={draft.relationship}
              onChange={(event) => update({ relationship: event.target.value })}
              maxLength={MAX_FIELD_CHARS}
              autoComplete="off"
              dir="auto"
            />
            <LimitNote length={draft.relationship.length} max={MAX_FIELD_CHARS} />
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor={ids.what}>{t('What happened (optional)')}</label>
        <textarea
          autoComplete="off"
          id={ids.what}
          className="textarea amends-textarea"
          value={draft.whatHappened}
          onChange={(event) => update({ whatHappened: event.target.value })}
          maxLength={MAX_FIELD_CHARS}
          dir="auto"
        />
        <LimitNote length={draft.whatHappened.length} max={MAX_FIELD_CHARS} />
      </div>
      {doneToMe ? (
        <p className="amends-note">
          {t(
            'You marked this as done to you in your inventory, so there is no part of yours to name here. What happened was not your fault.',
          )}
        </p>
      ) : (
        <div className="field">
          <label htmlFor={ids.part}>{t('My part, where I had one (optional)')}</label>
          <textarea
            autoComplete="off"
            id={ids.part}
            className="textarea amends-textarea"
            value={draft.myPart}
            onChange={(event) => update({ myPart: event.target.value })}
            maxLength={MAX_FIELD_CHARS}
            dir="auto"
          />
          <LimitNote length={draft.myPart.length} max={MAX_FIELD_CHARS} />
        </div>
      )}
      <Choices
        legend={t('How willing do you feel?')}
        options={WILLINGNESS.map((value) => ({ value, label: t(WILLINGNESS_LABELS[value]) }))}
        value={draft.willingness}
        onChange={(willingness) => update({ willingness })}
      />
      <Choices
        legend={t('Where this stands')}
        options={AMENDS_STATUSES.map((value) => ({ value, label: t(STATUS_LABELS[value]) }))}
        value={draft.status}
        onChange={(status) => update({ status })}
      />
      {initial?.history && initial.history.length > 0 && (
        <ul className="plain-list muted amends-history" aria-label={t('When it changed')}>
          {initial.history.map((change) => (
            <li key={`${change.status}-${change.at}`}>
              {t('{status} on {date}', {
                status: t(STATUS_LABELS[change.status]),
                date: longDate(change.at),
              })}
            </li>
          ))}
        </ul>
      )}
      <SaveLine state={state} />

      {saved && (
        <div className="amends-block">
          <h2>{t('Making amends')}</h2>
          {draft.myself ? (
            <>
              <p>
                {t(
                  'Amends to yourself can start with forgiving how you coped and caring for yourself.',
                )}
              </p>
              <Link href={ROUTES.amendsMyself} className="button button--quiet">
                {t('Amends to yourself')}
              </Link>
            </>
          ) : (
            <>
              <p>
                {initial.kind
                  ? chosenLine(initial.kind, t)
                  : t(
                      'Before any direct amends, a few gentle questions help you check that reaching out would do no harm.',
                    )}
              </p>
              {/* The answer about their own safety stays beside the way they chose. */}
              {initial.kind && riskAnswerLine(initial.harmCheck) && (
                <p className="amends-risk">
                  {directWithRisk(initial.kind, initial.harmCheck) ??
                    riskAnswerLine(initial.harmCheck)}
                </p>
              )}
              <Link href={ROUTES.amendsHarmCheck(id)} className="button button--quiet">
                {initial.kind
                  ? t('Look at the harm check again')
                  : t('Check whether reaching out is safe')}
              </Link>
            </>
          )}
          <p className="amends-spaced">
            <Link
              href={ROUTES.amendsNewLetterTo(draft.myself ? 'myself' : id)}
              className="button button--quiet"
            >
              {draft.myself
                ? t('Write an unsent letter to yourself')
                : person
                  ? t('Write an unsent letter to {name}', { name: person })
                  : t('Write an unsent letter to them')}
            </Link>
          </p>
          <RemoveItem id={id} />
        </div>
      )}
    </form>
  );
}

/** "You chose: Direct amends. Speaking with them yourself…": the way chosen, and what it means. */
function chosenLine(kind: AmendsKind, t: ReturnType<typeof useT>): string {
  const meaning = AMENDS_KINDS.find((option) => option.id === kind)?.meaning;
  const chosen = t('You chose: {kind}.', { kind: kindLabel(kind) });
  return meaning ? `${chosen} ${t(meaning)}` : chosen;
}

function Choices<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: { value: T; label: string }[];
  value: T | undefined;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="choices">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              autoComplete="off"
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function RemoveItem({ id }: { id: string }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    try {
      await deleteAmendsItem(id);
      navigate(ROUTES.amends);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <div className="amends-spaced">
      {asking ? (
        <div className="card" role="group" aria-label={t('Take this off your list?')}>
          <p>
            {t(
              'Take this off your list? What you wrote here is deleted. Letters you wrote to them stay in your letters.',
            )}
          </p>
          <div className="row">
            <button type="button" className="button button--danger" onClick={() => void remove()}>
              {t('Yes, take it off my list')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setAsking(false)}>
              {t('Keep it')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--quiet" onClick={() => setAsking(true)}>
          {t('Take this off my list')}
        </button>
      )}
      {error && (
        <p className="amends-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
