import { useId, useState, type ReactNode } from 'react';

interface Props {
  label: string;
  hint: string;
  value: string | number;
  /** While the stored choice is still being read. */
  disabled?: boolean;
  /** Keeps the choice; a failure is caught here and `failed` is said below the list. */
  onChoose(value: string): Promise<unknown>;
  /** What a person reads when the choice could not be kept, and what still holds. */
  failed: string;
  /** The `<option>`s. */
  children: ReactNode;
}

/** A setting chosen from a list, kept as soon as it is chosen, saying so plainly when it cannot be. */
export function SettingSelect({ label, hint, value, disabled, onChoose, failed, children }: Props) {
  const id = useId();
  const [failure, setFailure] = useState(false);
  // The choice just made, shown until the stored value moves on from what it was (`over`): a
  // controlled list would otherwise snap back to the old choice while the new one is written.
  const [picked, setPicked] = useState<{ value: string; over: string } | null>(null);
  // Once it has moved on (to the choice, or anywhere else), the stored value is what shows, even
  // if it later comes back to what it was.
  if (picked && picked.over !== String(value)) setPicked(null);
  const shown = picked ? picked.value : value;
  const choose = (next: string) => {
    setFailure(false);
    setPicked({ value: next, over: String(value) });
    onChoose(next).catch((error: unknown) => {
      console.error(error);
      setPicked(null);
      setFailure(true);
    });
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span id={`${id}-hint`} className="muted">
        {hint}
      </span>
      <select
        id={id}
        autoComplete="off"
        className="input"
        aria-describedby={`${id}-hint`}
        value={shown}
        disabled={disabled}
        onChange={(event) => choose(event.target.value)}
      >
        {children}
      </select>
      {failure && (
        <p role="alert" className="notice">
          {failed}
        </p>
      )}
    </div>
  );
}
