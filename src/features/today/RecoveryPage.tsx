import { format } from 'date-fns';
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { t, useLanguageStore, useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { LimitNote } from '../../ui/LimitNote';
import { dayStart } from './dayInput';
import { recoveryCount } from './recoveryCount';
import {
  MAX_SLIP_NOTE_CHARS,
  noteSlip,
  removeSlip,
  setRecoveryOn,
  setRecoveryStart,
  type Recovery,
  type RecoveryEvent,
} from './recoveryRepo';
import { repoMessage } from './repoMessage';
import { useCurrentDay } from './useCurrentDay';
import { milestonesReached } from './milestones';
import { setMilestonesOn, useMilestonesOn } from './useMilestones';
import { useRecovery, useRecoveryOn } from './useHome';

// Read when drawn: every screen here calls useT(), so it draws again when the language changes.
const locale = () => useLanguageStore.getState().catalog?.dateFns;
const longDate = (day: string) => format(dayStart(day), t('d MMMM yyyy'), { locale: locale() });

export default function RecoveryPage() {
  useT();
  const on = useRecoveryOn();
  const recovery = useRecovery();
  if (on === undefined || recovery === undefined) return <p className="muted">{t('Opening…')}</p>;
  return (
    <section className="recovery">
      <h1>{t('Recovery days')}</h1>
      {!on ? (
        <TurnOn hasDates={Boolean(recovery?.start)} />
      ) : recovery?.unreadable ? (
        <p className="notice" role="alert">
          {t(
            'Your recovery dates could not be opened, so they were left as they are. Your journal is not affected.',
          )}
        </p>
      ) : !recovery?.start ? (
        <StartForm label={t('When did your recovery begin?')} button={t('Start counting')} />
      ) : (
        <Counting recovery={recovery} start={recovery.start} />
      )}
      {on && (
        <p className="recovery__off">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void setRecoveryOn(false)}
          >
            {t('Turn recovery days off')}
          </button>
          <span className="muted today-hint">
            {' '}
            {t('Your dates stay on this device, sealed, and come back if you turn this on again.')}
          </span>
        </p>
      )}
    </section>
  );
}

function TurnOn({ hasDates }: { hasDates: boolean }) {
  useT();
  return (
    <>
      <p>
        {t(
          'Recovery days counts the days you have lived in recovery, in total. It is off until you turn it on, and only you can see it.',
        )}
      </p>
      <p>
        {t(
          'If a slip happens, you can note it with care. It takes away that one day and nothing more: the days you have lived stay yours, and the count is never wiped to zero.',
        )}
      </p>
      <button type="button" className="button" onClick={() => void setRecoveryOn(true)}>
        {hasDates ? t('Turn recovery days on again') : t('Turn recovery days on')}
      </button>
    </>
  );
}

function StartForm({
  label,
  button,
  onDone,
}: {
  label: string;
  button: string;
  onDone?: () => void;
}) {
  const today = useCurrentDay();
  const [day, setDay] = useState(today);
  const [error, setError] = useState<string>();
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await setRecoveryStart(day);
      setError(undefined);
      onDone?.();
    } catch (problem) {
      setError(repoMessage(problem));
    }
  }
  // noValidate: a future day gets a plain message instead of a silent browser block.
  return (
    <form autoComplete="off" noValidate onSubmit={(event) => void submit(event)} className="card">
      <div className="field">
        <label htmlFor="recovery-start">{label}</label>
        <input
          autoComplete="off"
          id="recovery-start"
          className="input"
          type="date"
          max={today}
          value={day}
          onChange={(event) => setDay(event.target.value)}
        />
      </div>
      <button type="submit" className="button">
        {button}
      </button>
      {error && (
        <p className="today-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function Counting({ recovery, start }: { recovery: Recovery; start: string }) {
  useT();
  const count = recoveryCount(start, recovery.slips, useCurrentDay());
  const [changing, setChanging] = useState(false);
  // The number stands out, wherever the language puts it in the sentence.
  const [before, after] = (
    count.total === 1 ? t('{count} day of recovery') : t('{count} days of recovery')
  ).split('{count}');
  return (
    <>
      <div className="recovery__count card" role="group" aria-label={t('Your count')}>
        <p className="recovery__number">
          {before}
          <strong>{count.total}</strong>
          {after}
        </p>
        <p className="muted">
          {count.slipDays === 0
            ? t('Every day since {date}.', { date: longDate(start) })
            : t('{total} of the {since} days since {date}. Every one of them is yours.', {
                total: count.total,
                since: count.since,
                date: longDate(start),
              })}
        </p>
      </div>
      <Milestones start={start} />
      <SlipForm />
      {changing ? (
        <StartForm
          label={t('A new start date')}
          button={t('Save the start date')}
          onDone={() => setChanging(false)}
        />
      ) : (
        <button type="button" className="button button--quiet" onClick={() => setChanging(true)}>
          {t('Change the start date')}
        </button>
      )}
      <History recovery={recovery} />
    </>
  );
}

/** Gentle marks already reached, only when the person asks for them; never what comes next. */
function Milestones({ start }: { start: string }) {
  useT();
  const on = useMilestonesOn();
  const today = useCurrentDay();
  if (on === undefined) return null;
  const marks = on ? milestonesReached(start, today) : [];
  const latest = marks.at(-1);
  return (
    <div className="card" role="group" aria-label={t('Milestones')}>
      <label className="row">
        <input
          type="checkbox"
          autoComplete="off"
          checked={on}
          onChange={(event) => void setMilestonesOn(event.target.checked)}
        />
        <span>{t('Show milestones: 1, 7, 30, 60 and 90 days, 6 and 9 months, and each year')}</span>
      </label>
      {latest && (
        <>
          <p>
            {t('{mark} since you began. That is yours, and nothing takes it away.', {
              mark: latest.label,
            })}
          </p>
          <ul className="plain-list">
            {marks.map((mark) => (
              <li key={mark.label}>
                {mark.label}: {longDate(mark.day)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function SlipForm() {
  useT();
  const today = useCurrentDay();
  const [day, setDay] = useState(today);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await noteSlip(day, note);
      setNote('');
      setError(undefined);
      setStatus(
        t(
          'Noted, with care. A slip is information, not the end of the road. Your days are still yours.',
        ),
      );
    } catch (problem) {
      setError(repoMessage(problem));
    }
  }
  // A whole sentence for a translator; the link goes where its name stands.
  const help = t(
    'If today or another day was a slip, you can note it here. Be gentle with yourself; if it helps, {helpNow} is one tap away.',
  ).split('{helpNow}');
  // noValidate: a future day gets a plain message instead of a silent browser block.
  return (
    <form
      autoComplete="off"
      noValidate
      onSubmit={(event) => void submit(event)}
      className="card"
      aria-labelledby="slip-title"
    >
      <h2 id="slip-title">{t('Note a slip')}</h2>
      <p className="muted">
        {help[0]}
        <Link href={ROUTES.help}>{t('Help now')}</Link>
        {help[1]}
      </p>
      <div className="field">
        <label htmlFor="slip-day">{t('Day of the slip')}</label>
        <input
          autoComplete="off"
          id="slip-day"
          className="input"
          type="date"
          max={today}
          value={day}
          onChange={(event) => setDay(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="slip-note">{t('A note for yourself (optional)')}</label>
        <textarea
          autoComplete="off"
          id="slip-note"
          className="textarea today-textarea"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          maxLength={MAX_SLIP_NOTE_CHARS}
          dir="auto"
        />
        <LimitNote
          length={note.length}
          max={MAX_SLIP_NOTE_CHARS}
          more={t('A journal entry has room for more.')}
        />
      </div>
      <button type="submit" className="button">
        {t('Note this day')}
      </button>
      <p className="muted" role="status">
        {status}
      </p>
      {error && (
        <p className="today-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function eventText(event: RecoveryEvent): string {
  switch (event.kind) {
    case 'start':
      return t('Counting from {date}', { date: longDate(event.day) });
    case 'slip':
      return t('Slip noted on {date}', { date: longDate(event.day) });
    case 'slip-removed':
      return t('Slip on {date} taken back', { date: longDate(event.day) });
  }
}

function History({ recovery }: { recovery: Recovery }) {
  useT();
  const notes = new Map(recovery.slips.map((slip) => [slip.day, slip.note]));
  // Only the newest mention of a slip that still stands offers "Take back".
  const offer = new Set(recovery.slips.map((slip) => slip.day));
  return (
    <section className="card" aria-labelledby="recovery-history">
      <h2 id="recovery-history">{t('Your history')}</h2>
      <p className="muted">{t('Kept sealed on this device. Only you can see it.')}</p>
      <ol className="plain-list recovery__history" aria-labelledby="recovery-history">
        {[...recovery.history].reverse().map((event) => (
          <li key={`${event.kind}-${event.day}-${event.at}`}>
            <span>{eventText(event)}</span>
            <span className="muted">
              {' · '}
              {t('written {date}', {
                date: format(event.at, t('d MMMM yyyy'), { locale: locale() }),
              })}
            </span>
            {event.kind === 'slip' && notes.get(event.day) && (
              <span className="recovery__note">{notes.get(event.day)}</span>
            )}
            {event.kind === 'slip' && offer.delete(event.day) && (
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('Take back the slip on {date}', { date: longDate(event.day) })}
                onClick={() => void removeSlip(event.day)}
              >
                {t('Take back')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
