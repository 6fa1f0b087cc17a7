import { useId } from 'react';
import { useT } from '../core/i18n/language';
import { LimitNote } from './LimitNote';

interface TextFieldProps {
  /** The form's useId(); the field's own id is built from it and `name`. */
  formId: string;
  name: string;
  label: string;
  hint?: string | undefined;
  type?: string;
  value: string;
  onChange: (value: string) => void;
  max?: number | undefined;
  /** Where longer words can go, said when the box is full. */
  more?: string;
}

/** A labelled one-line box with its hint read out with it, and its room shown near the limit. */
export function TextField({
  formId,
  name,
  label,
  hint,
  type = 'text',
  value,
  onChange,
  max,
  more,
}: TextFieldProps) {
  const t = useT();
  const id = `${formId}-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="muted">
          {hint}
        </span>
      )}
      <input
        id={id}
        className="input"
        type={type}
        autoComplete="off"
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        maxLength={max}
      />
      {max !== undefined && (
        <LimitNote
          length={value.length}
          max={max}
          more={more ?? t('A short note is plenty here.')}
        />
      )}
    </div>
  );
}

/** The end of a small form: what went wrong (if anything), then save and cancel. */
export function FormEnd({
  error,
  busy,
  saveLabel,
  onCancel,
}: {
  error: string | null;
  busy: boolean;
  saveLabel?: string;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <>
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button" disabled={busy}>
          {saveLabel ?? t('Save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('Cancel')}
        </button>
      </div>
    </>
  );
}

/** A labelled box for a few lines, its room shown near the limit. */
export function TextAreaField({
  formId,
  name,
  label,
  value,
  onChange,
  max,
  more,
}: {
  formId: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  more?: string;
}) {
  const t = useT();
  const id = `${formId}-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="textarea"
        autoComplete="off"
        rows={3}
        value={value}
        maxLength={max}
        onChange={(event) => onChange(event.target.value)}
      />
      <LimitNote
        length={value.length}
        max={max}
        more={more ?? t('Your journal has room for more.')}
      />
    </div>
  );
}

/** A setting that is on or off, saved as soon as it is ticked; disabled while it is read. */
export function CheckboxSetting({
  label,
  hint,
  on,
  onChange,
}: {
  label: string;
  hint: string;
  on: boolean | undefined;
  onChange: (on: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="choice" htmlFor={id}>
        <input
          autoComplete="off"
          id={id}
          type="checkbox"
          checked={on === true}
          disabled={on === undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>{label}</span>
      </label>
      <span id={`${id}-hint`} className="muted">
        {hint}
      </span>
    </div>
  );
}
