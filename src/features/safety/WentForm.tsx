import { useId, useState } from 'react';
import { useT } from '../../core/i18n/language';
import { FormEnd, TextAreaField } from '../../ui/FormParts';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { MAX_WENT_NOTE_CHARS, type Meeting } from './meetingsRepo';
import { noteWent } from './meetingWrites';

/** "I went", with an optional note of what the person heard or shared. */
export function WentForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const t = useT();
  const id = useId();
  const [note, setNote] = useState('');
  const { busy, error, onSubmit } = useFormSubmit(async () => {
    await noteWent(meeting.id, note);
    onDone();
  }, t('This could not be saved just now. What you wrote is still here; please try again.'));

  return (
    <form
      autoComplete="off"
      onSubmit={onSubmit}
      aria-label={t('I went to {name}', { name: meeting.name })}
    >
      <TextAreaField
        formId={id}
        name="note"
        label={t('What you heard or shared (if you like)')}
        value={note}
        onChange={setNote}
        max={MAX_WENT_NOTE_CHARS}
      />
      <FormEnd error={error} busy={busy} saveLabel={t('Keep it')} onCancel={onDone} />
    </form>
  );
}
