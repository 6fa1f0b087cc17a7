import { useId, useState } from 'react';
import { msg, useT } from '../../core/i18n/language';
import { FormEnd, TextField } from '../../ui/FormParts';
import { useFormSubmit } from '../../ui/useFormSubmit';
import {
  CONTACT_ROLES,
  MAX_CONTACT_CHARS,
  ROLE_LABELS,
  type ContactRole,
  type Contact,
  type ContactFields,
} from './contactsRepo';
import { saveContact } from './contactWrites';

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
  { key: 'name', label: msg('Name'), type: 'text' },
  {
    key: 'relation',
    label: msg('Who they are to you'),
    type: 'text',
    hint: msg('For example: my sponsor, my therapist, a friend from group.'),
  },
  { key: 'phone', label: msg('Phone number'), type: 'tel' },
  {
    key: 'note',
    label: msg('A note for yourself'),
    type: 'text',
    hint: msg('For example: best after 6 pm.'),
  },
];

export function ContactForm({ contact, onDone }: Props) {
  const t = useT();
  const id = useId();
  const [fields, setFields] = useState<ContactFields>({
    name: contact?.name ?? '',
    relation: contact?.relation ?? '',
    phone: contact?.phone ?? '',
    note: contact?.note ?? '',
    ...(contact?.role ? { role: contact.role } : {}),
  });
  const { busy, error, onSubmit } = useFormSubmit(async () => {
    await saveContact(contact ? { ...fields, id: contact.id } : fields);
    onDone();
  }, t('This contact could not be saved just now. What you typed is still here; please try again.'));

  return (
    <form
      autoComplete="off"
      className="card"
      onSubmit={onSubmit}
      aria-label={contact ? t('Change {name}', { name: contact.name }) : t('Add someone')}
    >
      {FIELDS.map((field) => (
        <TextField
          key={field.key}
          formId={id}
          name={field.key}
          label={t(field.label)}
          hint={field.hint && t(field.hint)}
          type={field.type}
          value={fields[field.key]}
          onChange={(value) => setFields({ ...fields, [field.key]: value })}
          max={MAX_CONTACT_CHARS}
        />
      ))}
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('Do they walk the road with you?')}</label>
        <span id={`${id}-role-hint`} className="muted">
          {t('A sponsor, mentor or accountability partner is one tap from Today and Help now.')}
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
          <option value="">{t('Not marked')}</option>
          {CONTACT_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(ROLE_LABELS[role])}
            </option>
          ))}
        </select>
      </div>
      <FormEnd error={error} busy={busy} onCancel={onDone} />
    </form>
  );
}
