import { useId, useState, type FormEvent } from 'react';
import { LimitNote } from '../../ui/LimitNote';
import {
  CONTACT_ROLES,
  ContactInputError,
  MAX_CONTACT_CHARS,
  ROLE_LABELS,
  type ContactRole,
  saveContact,
  type Contact,
  type ContactFields,
} from './contactsRepo';

interface Props {
  contact?: Contact;
  onDone: () => void;
}

const FIELDS: {
  key: Exclude<keyof ContactFields, 'role'>;
  label: string;
  type: string;
  hint?: string;
}[] = [
  { key: 'name', label: 'Name', type: 'text' },
  {
    key: 'relation',
    label: 'Who they are to you',
    type: 'text',
    hint: 'For example: my sponsor, my therapist, a friend from group.',
  },
  { key: 'phone', label: 'Phone number', type: 'tel' },
  {
    key: 'note',
    label: 'A note for yourself',
    type: 'text',
    hint: 'For example: best after 6 pm.',
  },
];

export function ContactForm({ contact, onDone }: Props) {
  const id = useId();
  const [fields, setFields] = useState<ContactFields>({
    name: contact?.name ?? '',
    relation: contact?.relation ?? '',
    phone: contact?.phone ?? '',
    note: contact?.note ?? '',
    ...(contact?.role ? { role: contact.role } : {}),
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Catches every failure itself and says so in plain words in the form, so the form can hand
  // it to onSubmit with `void`.
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await saveContact(contact ? { ...fields, id: contact.id } : fields);
      onDone();
    } catch (failure) {
      if (!(failure instanceof ContactInputError)) console.error(failure);
      setError(
        failure instanceof ContactInputError
          ? failure.message
          : 'This contact could not be saved just now. What you typed is still here; please try again.',
      );
      setBusy(false);
    }
  }

  return (
    <form
      autoComplete="off"
      className="card"
      onSubmit={(event) => void submit(event)}
      aria-label={contact ? `Change ${contact.name}` : 'Add someone'}
    >
      {FIELDS.map((field) => (
        <div className="field" key={field.key}>
          <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
          {field.hint && (
            <span id={`${id}-${field.key}-hint`} className="muted">
              {field.hint}
            </span>
          )}
          <input
            id={`${id}-${field.key}`}
            className="input"
            type={field.type}
            autoComplete="off"
            aria-describedby={field.hint ? `${id}-${field.key}-hint` : undefined}
            value={fields[field.key]}
            onChange={(event) => setFields({ ...fields, [field.key]: event.target.value })}
            maxLength={MAX_CONTACT_CHARS}
          />
          <LimitNote
            length={fields[field.key].length}
            max={MAX_CONTACT_CHARS}
            more="A short note is plenty here."
          />
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${id}-role`}>Do they walk the road with you?</label>
        <span id={`${id}-role-hint`} className="muted">
          A sponsor, mentor or accountability partner is one tap from Today and Help now.
        </span>
        <select
          id={`${id}-role`}
          className="input"
          autoComplete="off"
          aria-describedby={`${id}-role-hint`}
          value={fields.role ?? ''}
          onChange={(event) => {
            const role = event.target.value as ContactRole | '';
            setFields({ ...fields, role: role || undefined });
          }}
        >
          <option value="">Not marked</option>
          {CONTACT_ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
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
