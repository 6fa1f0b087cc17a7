import { useId, useState } from 'react';
import { FormEnd, TextField } from '../../ui/FormParts';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { addOwnCrisisLine } from './ownCrisisLinesRepo';

const EMPTY = { name: '', number: '', note: '' };

export default function AddOwnLineForm({ onDone }: { onDone: () => void }) {
  const id = useId();
  const [fields, setFields] = useState(EMPTY);
  const { busy, error, onSubmit } = useFormSubmit(async () => {
    await addOwnCrisisLine(fields);
    setFields(EMPTY);
    onDone();
  }, 'This line could not be saved just now. What you typed is still here; please try again.');

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
      aria-label="Add a line of your own"
      onSubmit={onSubmit}
    >
      {field('name', 'Name of the line', 'text', 'For example: the warmline I trust.')}
      {field('number', 'Number', 'tel')}
      {field('note', 'A note for yourself', 'text', 'For example: open evenings.')}
      <FormEnd error={error} busy={busy} saveLabel="Save this line" onCancel={onDone} />
    </form>
  );
}
