import { useId, useState } from 'react';
import { FormEnd } from '../../ui/FormParts';
import { LimitNote } from '../../ui/LimitNote';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { MAX_WENT_NOTE_CHARS, noteWent, type Meeting } from './meetingsRepo';

/** "I went", with an optional note of what the person heard or shared. */
export function WentForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const id = useId();
  const [note, setNote] = useState('');
  const { busy, error, onSubmit } = useFormSubmit(async () => {
    await noteWent(meeting.id, note);
    onDone();
  }, 'This could not be saved just now. What you wrote is still here; please try again.');

  return (
    <form autoComplete="off" onSubmit={onSubmit} aria-label={`I went to ${meeting.name}`}>
      <div className="field">
        <label htmlFor={`${id}-note`}>What you heard or shared (if you like)</label>
        <textarea
          id={`${id}-note`}
          className="textarea"
          autoComplete="off"
          rows={3}
          value={note}
          maxLength={MAX_WENT_NOTE_CHARS}
          onChange={(event) => setNote(event.target.value)}
        />
        <LimitNote
          length={note.length}
          max={MAX_WENT_NOTE_CHARS}
          more="Your journal has room for more."
        />
      </div>
      <FormEnd error={error} busy={busy} saveLabel="Keep it" onCancel={onDone} />
    </form>
  );
}
