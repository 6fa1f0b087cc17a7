import { useId } from 'react';
import { msg, useT } from '../../core/i18n/language';
import { number as inNumbers } from '../../lib/words';
import { choiceFor, type Choice, type Conflict, type ImportChoices } from './mergePlan';

/** More than this and a list of selects stops helping: the choice for all of them applies. */
const MAX_LISTED = 50;

const ALL_CHOICES: { value: Choice; label: string }[] = [
  { value: 'here', label: msg('Keep what is here. The backup’s version is left out.') },
  {
    value: 'both',
    label: msg(
      'Keep both side by side, where there can be two. A day’s check-in, a step’s progress, a goal’s log for a day, and plans such as your safety plan exist once, so for those what is here stays.',
    ),
  },
  {
    value: 'newer',
    label: msg(
      'Take whichever was changed last: where the backup’s is newer, it replaces the one here.',
    ),
  },
];

function whichIsNewer(conflict: Conflict): string {
  if (conflict.fileIsNewer) return msg('The backup’s version was changed later.');
  if (conflict.record.updated === conflict.hereUpdated) {
    return msg('Both were changed at the same time.');
  }
  return msg('The version here was changed later.');
}

function RecordChoice({
  conflict,
  choices,
  onChoose,
}: {
  conflict: Conflict;
  choices: ImportChoices;
  onChoose: (key: string, choice: Choice) => void;
}) {
  const id = useId();
  const t = useT();
  const chosen = choiceFor(conflict, choices);
  // "The newer" is what is here when the version here is the newer one.
  const shown = chosen === 'newer' && !conflict.fileIsNewer ? 'here' : chosen;
  return (
    <li className="field">
      <label htmlFor={id}>{conflict.label}</label>
      <span id={`${id}-hint`} className="muted">
        {t(whichIsNewer(conflict))}
      </span>
      <select
        autoComplete="off"
        id={id}
        className="input"
        aria-describedby={`${id}-hint`}
        value={shown}
        onChange={(event) => onChoose(conflict.key, event.target.value as Choice)}
      >
        <option value="here">{t('Keep what is here')}</option>
        {conflict.allowsTwo && <option value="both">{t('Keep both side by side')}</option>}
        {conflict.fileIsNewer && (
          <option value="newer">{t('Take the backup’s newer version')}</option>
        )}
      </select>
    </li>
  );
}

/** Records here and in the file with other words: nothing here is replaced unless the person
 * chooses it, for all of them at once or one by one. */
export function ConflictChoices({
  conflicts,
  choices,
  onAll,
  onChoose,
}: {
  conflicts: Conflict[];
  choices: ImportChoices;
  onAll: (choice: Choice) => void;
  onChoose: (key: string, choice: Choice) => void;
}) {
  const t = useT();
  if (conflicts.length === 0) return null;
  const count = conflicts.length;
  const many = { count: inNumbers(count) };
  return (
    <fieldset className="backup-choices">
      <legend>
        {count === 1
          ? t('1 record is here with different words')
          : t('{count} records are here with different words', many)}
      </legend>
      <p>
        {count === 1
          ? t('Nothing here is replaced unless you choose it. What would you like to do with it?')
          : t(
              'Nothing here is replaced unless you choose it. What would you like to do with them?',
            )}
      </p>
      {ALL_CHOICES.map(({ value, label }) => (
        <div className="backup-check" key={value}>
          <input
            autoComplete="off"
            id={`all-${value}`}
            type="radio"
            name="all-conflicts"
            checked={(choices.all ?? 'here') === value}
            onChange={() => onAll(value)}
          />
          <label htmlFor={`all-${value}`}>{t(label)}</label>
        </div>
      ))}
      {count <= MAX_LISTED ? (
        <>
          <p>{t('Or choose for each one:')}</p>
          <ul className="backup-conflicts">
            {conflicts.map((conflict) => (
              <RecordChoice
                key={conflict.key}
                conflict={conflict}
                choices={choices}
                onChoose={onChoose}
              />
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('Your choice above applies to all {count} of them.', many)}</p>
      )}
    </fieldset>
  );
}
