import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'new-password' | 'current-password';
  hint?: string;
  /** Id of more words about this field, such as a strength estimate. */
  describedBy?: string;
}

export function PassphraseField({
  label,
  value,
  onChange,
  autoComplete,
  hint,
  describedBy,
}: Props) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, describedBy ?? null].filter(Boolean).join(' ');
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
        type="password"
        autoComplete={autoComplete}
        aria-describedby={described || undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
