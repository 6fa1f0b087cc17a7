import { useId, useState } from 'react';
import { useT } from '../../core/i18n/language';
import { dayKey } from '../../lib/dates';
import { FormEnd, TextAreaField } from '../../ui/FormParts';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { MAX_TALK_NOTE_CHARS, noteTalk } from './talksRepo';
import { TALK_WAYS, WAY_LABELS, type TalkWay } from './talkWays';

/** "We talked": how, which day (today unless changed), and a note if the person likes. */
export function TalkForm({
  contact,
  onDone,
  onNoted,
}: {
  contact: { id: string; name: string };
  onDone: () => void;
  onNoted: () => void;
}) {
  const t = useT();
  const id = useId();
  const [today] = useState(() => dayKey(Date.now()));
  const [way, setWay] = useState<TalkWay>('call');
  const [day, setDay] = useState(today);
  const [note, setNote] = useState('');
  const { busy, error, onSubmit } = useFormSubmit(async () => {
    await noteTalk({ contactId: contact.id, name: contact.name, way, day, note });
    onNoted();
    onDone();
  }, t('This could not be saved just now. What you wrote is still here; please try again.'));

  // noValidate: a future day gets the repository's plain sentence instead of a silent block.
  return (
    <form
      autoComplete="off"
      noValidate
      onSubmit={onSubmit}
      aria-label={t('We talked: {name}', { name: contact.name })}
    >
      <fieldset className="choice-set">
        <legend>{t('How you talked')}</legend>
        <div className="choices">
          {TALK_WAYS.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${id}-way`}
                autoComplete="off"
                value={value}
                checked={way === value}
                onChange={() => setWay(value)}
              />
              <span>{t(WAY_LABELS[value])}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-day`}>{t('Day')}</label>
        <input
          id={`${id}-day`}
          className="input"
          type="date"
          autoComplete="off"
          max={today}
          value={day}
          onChange={(event) => setDay(event.target.value)}
        />
      </div>
      <TextAreaField
        formId={id}
        name="note"
        label={t('A note for yourself (if you like)')}
        value={note}
        onChange={setNote}
        max={MAX_TALK_NOTE_CHARS}
      />
      <FormEnd error={error} busy={busy} saveLabel={t('Keep it')} onCancel={onDone} />
    </form>
  );
}
