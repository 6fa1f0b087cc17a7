import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useT } from '../../core/i18n/language';
import { ROUTES } from '../../core/routes';
import { friendlyDay } from '../../lib/dates';
import { kindOf, LETTER_KIND_PHRASES, useLetters } from '../amends';
import {
  CLASSIC_LISTS,
  feelingWord,
  LETTER_PREFIX,
  useEmotionHistory,
  useLettersToMyself,
} from '../inventory';
import { useEntriesWhen, useEntryCountsByStep } from '../journal';
import { useStepSummariesSoon } from '../steps';
import './reading.css';

/** Where a person chooses what to read aloud. Choosing opens nothing to anyone. */
export function ChoosePage() {
  const t = useT();
  return (
    <section className="reading-choose">
      <h1>{t('Read aloud')}</h1>
      <p>
        {t(
          'Choose what you would like to read. It opens in large, calm type, one piece at a time, with nothing to edit, and the screen stays on while you read, where your phone allows it.',
        )}
      </p>
      <p className="muted">
        {t('The app never sends or shares anything. The sharing is yours to do, in your own way.')}
      </p>
      <StepChoices />
      <ChosenEntries />
      <InventoryChoices />
      <AmendsChoices />
    </section>
  );
}

function StepChoices() {
  const t = useT();
  const summaries = useStepSummariesSoon();
  const counts = useEntryCountsByStep();
  const steps = counts ? [...counts.keys()].sort((a, b) => a - b) : [];
  return (
    <section aria-labelledby="choose-steps">
      <h2 id="choose-steps">{t('Your entries for a step')}</h2>
      {counts === undefined ? (
        <p className="muted">{t('Opening…')}</p>
      ) : steps.length === 0 ? (
        <p className="muted">
          {t('No entries for a step yet. They will be here when you write some.')}
        </p>
      ) : (
        <ul className="plain-list reading-choose__list">
          {steps.map((n) => (
            <li key={n}>
              <Link href={ROUTES.readStep(n)}>
                {t('Step {step}: {title}', {
                  step: n,
                  title: summaries.find((summary) => summary.number === n)?.title ?? '',
                })}{' '}
                <span className="muted">
                  {counts.get(n) === 1
                    ? t('(1 entry)')
                    : t('({count} entries)', { count: counts.get(n) ?? 0 })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ChosenEntries() {
  const t = useT();
  const [choosing, setChoosing] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [, navigate] = useLocation();
  const entries = useEntriesWhen(choosing)?.filter((entry) => !entry.unreadable);
  const toggle = (id: string) =>
    setChosen((before) =>
      before.includes(id) ? before.filter((other) => other !== id) : [...before, id],
    );
  return (
    <section aria-labelledby="choose-entries">
      <h2 id="choose-entries">{t('Entries you choose')}</h2>
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={choosing}
        onClick={() => setChoosing((was) => !was)}
      >
        {t('Choose entries')}
      </button>
      {choosing && (
        <form
          autoComplete="off"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen.length > 0) navigate(ROUTES.readEntries(chosen));
          }}
        >
          <fieldset className="reading-choose__entries">
            <legend>{t('They are read in the order you tick them.')}</legend>
            {entries === undefined && <p className="muted">{t('Opening your entries…')}</p>}
            {entries?.length === 0 && <p className="muted">{t('There are no entries yet.')}</p>}
            {entries?.map((entry) => (
              <div className="reading-choose__check" key={entry.id}>
                <input
                  autoComplete="off"
                  type="checkbox"
                  id={`read-${entry.id}`}
                  checked={chosen.includes(entry.id)}
                  onChange={() => toggle(entry.id)}
                />
                <label htmlFor={`read-${entry.id}`}>
                  {entry.title.trim() || entry.body.trim().slice(0, 60) || t('Untitled entry')}{' '}
                  <span className="muted">({friendlyDay(entry.created)})</span>
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button" disabled={chosen.length === 0}>
            {t('Read the chosen entries')}
          </button>
        </form>
      )}
    </section>
  );
}

function InventoryChoices() {
  const t = useT();
  const history = useEmotionHistory(50);
  const letters = useLettersToMyself();
  const inventories = history?.inventories.filter((inventory) => !inventory.unreadable) ?? [];
  return (
    <section aria-labelledby="choose-inventory">
      <h2 id="choose-inventory">{t('Your inventory')}</h2>
      <ul className="plain-list reading-choose__list">
        {CLASSIC_LISTS.map((copy) => (
          <li key={copy.list}>
            <Link href={ROUTES.readList(copy.list)}>{t(copy.title)}</Link>
          </li>
        ))}
        {inventories.map((inventory) => (
          <li key={inventory.id}>
            <Link href={ROUTES.readEmotions(inventory.id)}>
              {t('Emotion inventory, {day}', { day: friendlyDay(inventory.created) })}
              {inventory.feelings.length > 0 && (
                <span className="muted">
                  {' '}
                  ({inventory.feelings.slice(0, 3).map(feelingWord).join(', ')})
                </span>
              )}
            </Link>
          </li>
        ))}
        {letters
          ?.filter((letter) => !letter.unreadable)
          .map((letter) => (
            <li key={letter.id}>
              <Link href={ROUTES.readLetterToMyself(letter.id.slice(LETTER_PREFIX.length))}>
                {t('A letter to myself, {day}', { day: friendlyDay(letter.created) })}
              </Link>
            </li>
          ))}
      </ul>
    </section>
  );
}

function AmendsChoices() {
  const t = useT();
  const letters = useLetters()?.filter(
    (letter) => !letter.unreadable && letter.status !== 'released',
  );
  return (
    <section aria-labelledby="choose-amends">
      <h2 id="choose-amends">{t('Amends')}</h2>
      <ul className="plain-list reading-choose__list">
        <li>
          <Link href={ROUTES.readAmends}>{t('Your amends list')}</Link>
        </li>
        {letters?.map((letter) => (
          <li key={letter.id}>
            <Link href={ROUTES.readLetter(letter.id)}>
              {letter.toMyself
                ? t('An unsent letter to myself')
                : letter.recipient.trim()
                  ? t('An unsent letter to {name}', { name: letter.recipient.trim() })
                  : t('An unsent letter to someone not named yet')}
              {/* Each kind is read differently aloud: an apology, a letter of care, a letter that
                  names a harm and owes nothing. A letter to myself already says so. */}
              {kindOf(letter) !== 'myself' && (
                <span className="muted"> ({t(LETTER_KIND_PHRASES[kindOf(letter)])})</span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
