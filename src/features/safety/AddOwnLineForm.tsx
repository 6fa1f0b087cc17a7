import { useId, useState } from 'react';
import { useT } from '../../core/i18n/language';
import { FormEnd, TextField } from '../../ui/FormParts';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { addOwnCrisisLine } from './ownCrisisLinesRepo';

const EMPTY = { name: '', number: '', note: '' };

export default function AddOwnLineForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const id = useId();
  const [fields, setFields] = useState(EMPTY);
  const { busy, error, onSubmit } = useFormSubmit(async () => {
    await addOwnCrisisLine(fields);
    setFields(EMPTY);
    onDone();
  }, t('This line could not be saved just now. What you typed is still here; please try again.'));

  const field = (key: keyof typeof EMPTY, label: string, type: string, hint?: string) => (
    <TextField
      formId={id}
      name={key}
      label={label}
      hint={hint}
      type={type}
      value={fields[key]}
      onChange={(value) => setFields({ ...fields, [key]: value })}
    />
  );

  return (
    <form
      autoComplete="off"
      className="card"
      aria-label={t('Add a line of your own')}
      onSubmit={onSubmit}
    >
      {field('name', t('Name of the line'), 'text', t('For example: the warmline I trust.'))}
      {field('number', t('Number'), 'tel')}
      {field('note', t('A note for yourself'), 'text', t('For example: open evenings.'))}
      <FormEnd error={error} busy={busy} saveLabel={t('Save this line')} onCancel={onDone} />
    </form>
  );
}
