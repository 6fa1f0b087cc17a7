import { useState } from 'react';
import { Link, useLocation } from 'wouter';
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
import { getStep } from '../steps';
import './reading.css';

/** Where a person chooses what to read aloud. Choosing opens nothing to anyone. */
export function ChoosePage() {
  return (
    <section className="reading-choose">
      <h1>Read aloud</h1>
      <p>
        Choose what you would like to read. It opens in large, calm type, one piece at a time, with
        nothing to edit, and the screen stays on while you read, where your phone allows it.
      </p>
      <p className="muted">
        The app never sends or shares anything. The sharing is yours to do, in your own way.
      </p>
      <StepChoices />
      <ChosenEntries />
      <InventoryChoices />
      <AmendsChoices />
    </section>
  );
}

function StepChoices() {
  const counts = useEntryCountsByStep();
  const steps = counts ? [...counts.keys()].sort((a, b) => a - b) : [];
  return (
    <section aria-labelledby="choose-steps">
      <h2 id="choose-steps">Your entries for a step</h2>
      {counts === undefined ? (
        <p className="muted">Opening…</p>
      ) : steps.length === 0 ? (
        <p className="muted">No entries for a step yet. They will be here when you write some.</p>
      ) : (
        <ul className="plain-list reading-choose__list">
          {steps.map((n) => (
            <li key={n}>
              <Link href={ROUTES.readStep(n)}>
                Step {n}: {getStep(n)?.title}{' '}
                <span className="muted">
                  ({counts.get(n)} {counts.get(n) === 1 ? 'entry' : 'entries'})
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
      <h2 id="choose-entries">Entries you choose</h2>
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={choosing}
        onClick={() => setChoosing((was) => !was)}
      >
        Choose entries
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
            <legend>They are read in the order you tick them.</legend>
            {entries === undefined && <p className="muted">Opening your entries…</p>}
            {entries?.length === 0 && <p className="muted">There are no entries yet.</p>}
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
                  {entry.title.trim() || entry.body.trim().slice(0, 60) || 'Untitled entry'}{' '}
                  <span className="muted">({friendlyDay(entry.created)})</span>
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button" disabled={chosen.length === 0}>
            Read the chosen entries
          </button>
        </form>
      )}
    </section>
  );
}

function InventoryChoices() {
  const history = useEmotionHistory(50);
  const letters = useLettersToMyself();
  const inventories = history?.inventories.filter((inventory) => !inventory.unreadable) ?? [];
  return (
    <section aria-labelledby="choose-inventory">
      <h2 id="choose-inventory">Your inventory</h2>
      <ul className="plain-list reading-choose__list">
        {CLASSIC_LISTS.map((copy) => (
          <li key={copy.list}>
            <Link href={ROUTES.readList(copy.list)}>{copy.title}</Link>
          </li>
        ))}
        {inventories.map((inventory) => (
          <li key={inventory.id}>
            <Link href={ROUTES.readEmotions(inventory.id)}>
              Emotion inventory, {friendlyDay(inventory.created)}
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
                A letter to myself, {friendlyDay(letter.created)}
              </Link>
            </li>
          ))}
      </ul>
    </section>
  );
}

function AmendsChoices() {
  const letters = useLetters()?.filter(
    (letter) => !letter.unreadable && letter.status !== 'released',
  );
  return (
    <section aria-labelledby="choose-amends">
      <h2 id="choose-amends">Amends</h2>
      <ul className="plain-list reading-choose__list">
        <li>
          <Link href={ROUTES.readAmends}>Your amends list</Link>
        </li>
        {letters?.map((letter) => (
          <li key={letter.id}>
            <Link href={ROUTES.readLetter(letter.id)}>
              An unsent letter{' '}
              {letter.toMyself
                ? 'to myself'
                : `to ${letter.recipient.trim() || 'someone not named yet'}`}
              {/* Each kind is read differently aloud: an apology, a letter of care, a letter that
                  names a harm and owes nothing. A letter to myself already says so. */}
              {kindOf(letter) !== 'myself' && (
                <span className="muted"> ({LETTER_KIND_PHRASES[kindOf(letter)]})</span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
