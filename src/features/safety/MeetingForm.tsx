import { useId, useState } from 'react';
import { msg, useT } from '../../core/i18n/language';
import { FormEnd, TextField } from '../../ui/FormParts';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { WEEKDAYS } from './meetingTimes';
import { weekdayName } from '../../lib/dates';
import {
  KIND_LABELS,
  MAX_MEETING_CHARS,
  MEETING_KINDS,
  type Meeting,
  type MeetingKind,
} from './meetingsRepo';
import { saveMeeting } from './meetingWrites';

interface Props {
  meeting?: Meeting;
  onDone: () => void;
}

type TextKey = 'name' | 'where' | 'note';

const TEXTS: { key: TextKey; label: string; hint?: string }[] = [
  {
    key: 'name',
    label: msg('Name'),
    hint: msg('Your own word for it: “Tuesday group”, “the lunchtime call”.'),
  },
  {
    key: 'where',
    label: msg('Where, or how to join'),
    hint: msg('A place, a room, or how you dial in.'),
  },
  { key: 'note', label: msg('A note for yourself') },
];

/** Adding or changing one meeting: the person's own words, nothing looked up. */
export function MeetingForm({ meeting, onDone }: Props) {
  const t = useT();
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
  const { busy, error, onSubmit } = useFormSubmit(async () => {
    await saveMeeting({
      ...texts,
      kind,
      ...(meeting && { id: meeting.id }),
      ...(weekday !== '' && { weekday: Number(weekday), ...(time && { time }) }),
    });
    onDone();
  }, t('This meeting could not be saved just now. What you typed is still here; please try again.'));

  const field = ({ key, label, hint }: (typeof TEXTS)[number]) => (
    <TextField
      key={key}
      formId={id}
      name={key}
      label={t(label)}
      hint={hint && t(hint)}
      value={texts[key]}
      onChange={(value) => setTexts({ ...texts, [key]: value })}
      max={MAX_MEETING_CHARS}
    />
  );

  return (
    <form
      autoComplete="off"
      className="card"
      onSubmit={onSubmit}
      aria-label={meeting ? t('Change {name}', { name: meeting.name }) : t('Add a meeting')}
    >
      {field(TEXTS[0]!)}
      <fieldset className="choice-set">
        <legend>{t('How you meet')}</legend>
        <div className="choices">
          {MEETING_KINDS.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${id}-kind`}
                autoComplete="off"
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              <span>{t(KIND_LABELS[value])}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-weekday`}>{t('Day')}</label>
        <select
          id={`${id}-weekday`}
          className="input"
          autoComplete="off"
          value={weekday}
          onChange={(event) => setWeekday(event.target.value)}
        >
          <option value="">{t('When I can')}</option>
          {WEEKDAYS.map((index) => (
            <option key={index} value={String(index)}>
              {weekdayName(index)}
            </option>
          ))}
        </select>
      </div>
      {weekday !== '' && (
        <div className="field">
          <label htmlFor={`${id}-time`}>{t('Time (if you like)')}</label>
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
      <FormEnd error={error} busy={busy} onCancel={onDone} />
    </form>
  );
}
