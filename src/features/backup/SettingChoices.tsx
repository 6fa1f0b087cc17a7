import { CRISIS_LINES_HIDDEN_KEY } from '../safety';
import { ON_THIS_DAY_KEY, TODAY_SHOWS_WORDS_KEY } from '../today';
import type { SettingDifference } from './mergePlan';
import { describeSetting } from './portableSettings';

/** Settings the file holds that differ from this device's: each changes only with a tick, and
 * a change that lowers safety says so plainly beside its box. */
export function SettingChoices({
  differences,
  chosen,
  onToggle,
}: {
  differences: SettingDifference[];
  chosen: readonly string[];
  onToggle: (key: string, on: boolean) => void;
}) {
  if (differences.length === 0) return null;
  return (
    <fieldset className="backup-choices">
      <legend>Settings in the backup that differ from this device</legend>
      <p>Your settings here stay as they are unless you tick one.</p>
      {differences.map(({ key, here, file, lowersSafety }) => (
        <div className="backup-check" key={key}>
          <input
            autoComplete="off"
            id={`setting-${key}`}
            type="checkbox"
            checked={chosen.includes(key)}
            onChange={(event) => onToggle(key, event.target.checked)}
          />
          <label htmlFor={`setting-${key}`}>
            Use the backup’s setting: {describeSetting(key, file)}.{' '}
            <span className="muted">On this device now: {describeSetting(key, here)}.</span>
            {lowersSafety && (
              <>
                {' '}
                <strong>{safetyNote(key)}</strong>
              </>
            )}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

function safetyNote(key: string): string {
  if (key === CRISIS_LINES_HIDDEN_KEY) return 'This hides the crisis lines from Help now.';
  if (key === TODAY_SHOWS_WORDS_KEY) {
    return 'This shows the start of what you wrote on Today, where anyone who glances at the phone could read it.';
  }
  if (key === ON_THIS_DAY_KEY) {
    return 'This brings what you wrote a year ago onto Today, which you may not want to meet unasked.';
  }
  return 'This lets your journal stay open longer without a touch.';
}
