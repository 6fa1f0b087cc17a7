import { useId, useState } from 'react';
import { setSetting } from '../../core/settingsRepo';
import {
  AUTO_LOCK_CHOICES,
  AUTO_LOCK_KEY,
  LOCK_WHEN_LEFT,
  useAutoLockMinutes,
} from './useAutoLock';

function label(minutes: number): string {
  if (minutes === LOCK_WHEN_LEFT) return 'As soon as I leave the app';
  if (minutes === 0) return 'Only when I lock it';
  return minutes === 1 ? 'After 1 minute' : `After ${minutes} minutes`;
}

export function AutoLockChoice() {
  const id = useId();
  const minutes = useAutoLockMinutes();
  const [failed, setFailed] = useState(false);
  const choose = async (next: number) => {
    setFailed(false);
    try {
      await setSetting(AUTO_LOCK_KEY, next);
    } catch (error) {
      console.error(error);
      setFailed(true);
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>Lock by itself when it is not used</label>
      <span id={`${id}-hint`} className="muted">
        Counts time without a touch or a key, and time the app spends out of sight. Or it can lock
        the moment you switch away.
      </span>
      <select
        autoComplete="off"
        id={id}
        className="input"
        aria-describedby={`${id}-hint`}
        value={minutes}
        // choose() catches its own failure and says so below.
        onChange={(event) => void choose(Number(event.target.value))}
      >
        {AUTO_LOCK_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {label(choice)}
          </option>
        ))}
      </select>
      {failed && (
        <p role="alert" className="notice">
          That choice could not be kept just now. The lock works as it did before; you can choose
          again.
        </p>
      )}
    </div>
  );
}
