import { msg, useT } from '../../core/i18n/language';
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
  const t = useT();
  if (differences.length === 0) return null;
  return (
    <fieldset className="backup-choices">
      <legend>{t('Settings in the backup that differ from this device')}</legend>
      <p>{t('Your settings here stay as they are unless you tick one.')}</p>
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
            {t('Use the backup’s setting: {setting}.', { setting: describeSetting(key, file) })}{' '}
            <span className="muted">
              {t('On this device now: {setting}.', { setting: describeSetting(key, here) })}
            </span>
            {lowersSafety && (
              <>
                {' '}
                <strong>{t(safetyNote(key))}</strong>
              </>
            )}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** In English, for `t`. */
function safetyNote(key: string): string {
  if (key === CRISIS_LINES_HIDDEN_KEY) return msg('This hides the crisis lines from Help now.');
  if (key === TODAY_SHOWS_WORDS_KEY) {
    return msg(
      'This shows the start of what you wrote on Today, where anyone who glances at the phone could read it.',
    );
  }
  if (key === ON_THIS_DAY_KEY) {
    return msg(
      'This brings what you wrote a year ago onto Today, which you may not want to meet unasked.',
    );
  }
  return msg('This lets your journal stay open longer without a touch.');
}
