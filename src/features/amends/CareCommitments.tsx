import { useId, useState } from 'react';
import { t as say, useT } from '../../core/i18n/language';
import { LimitNote } from '../../ui/LimitNote';
import { dayLabel } from './dates';
import { errorText } from './errorText';
import { MAX_FIELD_CHARS } from './validation';
import {
  addCheckin,
  addCommitment,
  CARE_AREAS,
  CHECKIN_HOW,
  removeCommitment,
  type CareArea,
  type CareCheckin,
  type CheckinHow,
  type Commitment,
} from './selfAmendsRepo';
import { useCheckins, useCommitments } from './useAmends';

const areaLabel = (area: CareArea) =>
  say(CARE_AREAS.find((item) => item.id === area)?.label ?? area);
const howLabel = (how: CheckinHow) =>
  say(CHECKIN_HOW.find((item) => item.id === how)?.label ?? how);

/** A few commitments of care, each with a simple check-in log. No streaks, no scores. */
export function CareCommitments() {
  const commitments = useCommitments();
  const checkins = useCheckins();
  const t = useT();
  if (commitments === undefined || checkins === undefined) {
    return <p className="muted">{t('Opening…')}</p>;
  }
  return (
    <>
      <p>
        {t(
          'Small promises to yourself: rest, therapy or support, boundaries, your body, creativity. Every check-in counts, whatever it says.',
        )}
      </p>
      {commitments.length > 0 && (
        <ul className="plain-list" aria-label={t('Your commitments of care')}>
          {commitments.map((commitment) => (
            <CommitmentCard
              key={commitment.id}
              commitment={commitment}
              log={checkins.filter((log) => log.commitmentId === commitment.id)}
            />
          ))}
        </ul>
      )}
      <AddCommitment />
    </>
  );
}

function AddCommitment() {
  const t = useT();
  const [area, setArea] = useState<CareArea>('rest');
  const [promise, setPromise] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = { area: useId(), promise: useId() };
  const add = async () => {
    setError(null);
    try {
      await addCommitment({ area, promise });
      setPromise('');
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <form
      autoComplete="off"
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <div className="field">
        <label htmlFor={ids.area}>{t('Kind of care')}</label>
        <select
          autoComplete="off"
          id={ids.area}
          className="input"
          value={area}
          onChange={(event) => setArea(event.target.value as CareArea)}
        >
          {CARE_AREAS.map((item) => (
            <option key={item.id} value={item.id}>
              {t(item.label)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.promise}>{t('What you will do for yourself')}</label>
        <input
          id={ids.promise}
          className="input"
          value={promise}
          onChange={(event) => setPromise(event.target.value)}
          maxLength={MAX_FIELD_CHARS}
          autoComplete="off"
          dir="auto"
        />
        <LimitNote length={promise.length} max={MAX_FIELD_CHARS} />
      </div>
      <button type="submit" className="button">
        {t('Add this commitment')}
      </button>
      {error && (
        <p className="amends-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function CommitmentCard({ commitment, log }: { commitment: Commitment; log: CareCheckin[] }) {
  const t = useT();
  const [checking, setChecking] = useState(false);
  const [letting, setLetting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title = commitment.unreadable
    ? t('A commitment that could not be opened')
    : commitment.promise;
  const letGo = async () => {
    try {
      await removeCommitment(commitment.id);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <li className="card">
      <p className="muted amends-area">{areaLabel(commitment.area)}</p>
      <h3 className="amends-words">{title}</h3>
      {log.length > 0 ? (
        <ul className="plain-list amends-log" aria-label={t('Check-ins for “{title}”', { title })}>
          {log.slice(0, 5).map((entry) => (
            <li key={entry.id}>
              {dayLabel(entry.day)}: {howLabel(entry.how)}
              {entry.note && <span className="amends-words"> — {entry.note}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('No check-ins yet.')}</p>
      )}
      {checking ? (
        <CheckinForm commitment={commitment} title={title} onDone={() => setChecking(false)} />
      ) : (
        <div className="row">
          <button type="button" className="button button--quiet" onClick={() => setChecking(true)}>
            {t('Check in on “{title}”', { title })}
          </button>
          {letting ? (
            <>
              <button type="button" className="button button--danger" onClick={() => void letGo()}>
                {t('Yes, let it go')}
              </button>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setLetting(false)}
              >
                {t('Keep it')}
              </button>
            </>
          ) : (
            <button type="button" className="button button--quiet" onClick={() => setLetting(true)}>
              {t('Let this one go')}
            </button>
          )}
        </div>
      )}
      {error && (
        <p className="amends-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

function CheckinForm({
  commitment,
  title,
  onDone,
}: {
  commitment: Commitment;
  title: string;
  onDone: () => void;
}) {
  const t = useT();
  const [how, setHow] = useState<CheckinHow | undefined>();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const name = useId();
  const noteId = useId();
  const keep = async () => {
    setError(null);
    try {
      if (!how) throw new Error(t('Choose how it went.'));
      await addCheckin({ commitmentId: commitment.id, how, note });
      onDone();
    } catch (caught) {
      setError(caught instanceof Error && !how ? caught.message : errorText(caught));
    }
  };
  return (
    <form
      autoComplete="off"
      onSubmit={(event) => {
        event.preventDefault();
        void keep();
      }}
    >
      <fieldset>
        <legend>{t('How did “{title}” go?', { title })}</legend>
        <div className="choices">
          {CHECKIN_HOW.map((option) => (
            <label key={option.id} className="choice">
              <input
                autoComplete="off"
                type="radio"
                name={name}
                checked={how === option.id}
                onChange={() => setHow(option.id)}
              />
              {t(option.label)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={noteId}>{t('A note (optional)')}</label>
        <input
          id={noteId}
          className="input"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          maxLength={MAX_FIELD_CHARS}
          autoComplete="off"
          dir="auto"
        />
        <LimitNote length={note.length} max={MAX_FIELD_CHARS} />
      </div>
      <div className="row">
        <button type="submit" className="button">
          {t('Keep this check-in')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('Not now')}
        </button>
      </div>
      {error && (
        <p className="amends-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
