import { useId, useState, type FormEvent } from 'react';
import { InputError } from '../../lib/errors';
import { LimitNote } from '../../ui/LimitNote';
import { MAX_WENT_NOTE_CHARS, noteWent, type Meeting } from './meetingsRepo';

/** "I went", with an optional note of what the person heard or shared. */
export function WentForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Catches every failure itself and says so in the form, so onSubmit can take it with `void`.
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await noteWent(meeting.id, note);
      onDone();
    } catch (failure) {
      if (!(failure instanceof InputError)) console.error(failure);
      setError(
        failure instanceof InputError
          ? failure.message
          : 'This could not be saved just now. What you wrote is still here; please try again.',
      );
      setBusy(false);
    }
  }

  return (
    <form
      autoComplete="off"
      onSubmit={(event) => void submit(event)}
      aria-label={`I went to ${meeting.name}`}
    >
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
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button" disabled={busy}>
          Keep it
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
