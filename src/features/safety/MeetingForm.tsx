import { useId, useState, type FormEvent } from 'react';
import { InputError } from '../../lib/errors';
import { LimitNote } from '../../ui/LimitNote';
import { WEEKDAY_NAMES } from './meetingTimes';
import {
  KIND_LABELS,
  MAX_MEETING_CHARS,
  MEETING_KINDS,
  saveMeeting,
  type Meeting,
  type MeetingKind,
} from './meetingsRepo';

interface Props {
  meeting?: Meeting;
  onDone: () => void;
}

type TextKey = 'name' | 'where' | 'note';

const TEXTS: { key: TextKey; label: string; hint?: string }[] = [
  {
    key: 'name',
    label: 'Name',
    hint: 'Your own word for it: "Tuesday group", "the lunchtime call".',
  },
  { key: 'where', label: 'Where, or how to join', hint: 'A place, a room, or how you dial in.' },
  { key: 'note', label: 'A note for yourself' },
];

/** Adding or changing one meeting: the person's own words, nothing looked up. */
export function MeetingForm({ meeting, onDone }: Props) {
  const id = useId();
  const [texts, setTexts] = useState<Record<TextKey, string>>({
    name: meeting?.name ?? '',
    where: meeting?.where ?? '',
    note: meeting?.note ?? '',
  });
  const [kind, setKind] = useState<MeetingKind>(meeting?.kind ?? 'in-person');
  const [weekday, setWeekday] = useState(
    meeting?.weekday === undefined ? '' : String(meeting.weekday),
  );
  const [time, setTime] = useState(meeting?.time ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Catches every failure itself and says so in the form, so onSubmit can take it with `void`.
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await saveMeeting({
        ...texts,
        kind,
        ...(meeting && { id: meeting.id }),
        ...(weekday !== '' && { weekday: Number(weekday), ...(time && { time }) }),
      });
      onDone();
    } catch (failure) {
      if (!(failure instanceof InputError)) console.error(failure);
      setError(
        failure instanceof InputError
          ? failure.message
          : 'This meeting could not be saved just now. What you typed is still here; please try again.',
      );
      setBusy(false);
    }
  }

  const field = ({ key, label, hint }: (typeof TEXTS)[number]) => (
    <div className="field" key={key}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {hint && (
        <span id={`${id}-${key}-hint`} className="muted">
          {hint}
        </span>
      )}
      <input
        id={`${id}-${key}`}
        className="input"
        type="text"
        autoComplete="off"
        aria-describedby={hint ? `${id}-${key}-hint` : undefined}
        value={texts[key]}
        onChange={(event) => setTexts({ ...texts, [key]: event.target.value })}
        maxLength={MAX_MEETING_CHARS}
      />
      <LimitNote
        length={texts[key].length}
        max={MAX_MEETING_CHARS}
        more="A short note is plenty here."
      />
    </div>
  );

  return (
    <form
      autoComplete="off"
      className="card"
      onSubmit={(event) => void submit(event)}
      aria-label={meeting ? `Change ${meeting.name}` : 'Add a meeting'}
    >
      {field(TEXTS[0]!)}
      <fieldset className="meeting-fieldset">
        <legend>How you meet</legend>
        <div className="meeting-choices">
          {MEETING_KINDS.map((value) => (
            <label key={value} className="meeting-choice">
              <input
                type="radio"
                name={`${id}-kind`}
                autoComplete="off"
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              <span>{KIND_LABELS[value]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-weekday`}>Day</label>
        <select
          id={`${id}-weekday`}
          className="input"
          autoComplete="off"
          value={weekday}
          onChange={(event) => setWeekday(event.target.value)}
        >
          <option value="">When I can</option>
          {WEEKDAY_NAMES.map((name, index) => (
            <option key={name} value={String(index)}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {weekday !== '' && (
        <div className="field">
          <label htmlFor={`${id}-time`}>Time (if you like)</label>
          <input
            id={`${id}-time`}
            className="input"
            type="time"
            autoComplete="off"
            value={time}
            onChange={(event) => setTime(event.target.value)}
          />
        </div>
      )}
      {field(TEXTS[1]!)}
      {field(TEXTS[2]!)}
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button" disabled={busy}>
          Save
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
