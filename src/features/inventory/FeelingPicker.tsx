import { memo, useId, useState, type FormEvent } from 'react';
import { useT } from '../../core/i18n/language';
import { LimitNote } from '../../ui/LimitNote';
import { errorText } from './errorText';
import { addOwnFeeling } from './ownFeelingsRepo';
import { MAX_OWN_WORD_CHARS } from './validation';
import type { OwnFeeling } from './types';
import { useVocabulary } from './vocabulary/useVocabulary';

interface Props {
  chosen: ReadonlySet<string>;
  ownWords: readonly OwnFeeling[];
  onToggle: (feelingId: string, word?: string) => void;
}

/** Every built-in word by family, folded so a phone screen is not one endless list, then the
 * person's own words and a way to add one. */
export const FeelingPicker = memo(function FeelingPicker({ chosen, ownWords, onToggle }: Props) {
  const t = useT();
  const groups = useVocabulary().feelingsByFamily();
  const ownChosen = ownWords.filter((own) => chosen.has(own.id)).length;
  return (
    <fieldset className="feeling-picker">
      <legend>{t('What are you feeling?')}</legend>
      <p className="muted">
        {t('Choose as many as fit. Each word has a short meaning beside it.')}
      </p>
      <FeelingSearch chosen={chosen} onToggle={onToggle} />
      {groups.map(({ family, feelings }) => {
        const count = feelings.filter((feeling) => chosen.has(feeling.id)).length;
        return (
          <details key={family.id} className="feeling-family">
            <summary>
              {family.name}
              {count > 0 && (
                <span className="feeling-family__count">
                  {', '}
                  {t('{count} chosen', { count })}
                </span>
              )}
            </summary>
            <p className="muted feeling-family__about">{family.description}</p>
            <ul className="plain-list">
              {feelings.map((feeling) => (
                <li key={feeling.id}>
                  <FeelingCheckbox
                    id={feeling.id}
                    word={feeling.word}
                    meaning={feeling.meaning}
                    checked={chosen.has(feeling.id)}
                    onChange={() => onToggle(feeling.id)}
                  />
                </li>
              ))}
            </ul>
          </details>
        );
      })}
      <details className="feeling-family" open={ownWords.length > 0 || undefined}>
        <summary>
          {t('Your own words')}
          {ownChosen > 0 && (
            <span className="feeling-family__count">
              {', '}
              {t('{count} chosen', { count: ownChosen })}
            </span>
          )}
        </summary>
        <ul className="plain-list">
          {ownWords.map((own) => (
            <li key={own.id}>
              <FeelingCheckbox
                id={own.id}
                word={own.word}
                checked={chosen.has(own.id)}
                onChange={() => onToggle(own.id, own.word)}
              />
            </li>
          ))}
        </ul>
        <OwnWordForm onAdded={(own) => onToggle(own.id, own.word)} />
      </details>
    </fieldset>
  );
});

const MAX_SHOWN = 12;

/** A box to find a feeling by its word or its meaning, with matches from every family. The
 * matches are ordinary checkboxes after the box, so Tab reaches them and a screen reader hears
 * how many there are as the person types. */
function FeelingSearch({ chosen, onToggle }: Pick<Props, 'chosen' | 'onToggle'>) {
  const t = useT();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const hintId = useId();
  const { findFamily, searchFeelings } = useVocabulary();
  const found = query.trim() ? searchFeelings(query) : [];
  const shown = found.slice(0, MAX_SHOWN);
  const said = query.trim();
  return (
    <div className="feeling-search">
      <label htmlFor={inputId}>{t('Find a feeling')}</label>
      <p id={hintId} className="muted feeling-search__hint">
        {t('Type a word, or what it is like: “scared”, “alone”, “heavy”.')}
      </p>
      <input
        id={inputId}
        type="search"
        className="input"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Enter in this box finds; it never finishes the inventory around it.
          if (event.key === 'Enter') event.preventDefault();
        }}
        aria-describedby={hintId}
        autoComplete="off"
        spellCheck={false}
      />
      <p role="status" className="muted feeling-search__count">
        {!said
          ? ''
          : found.length === 0
            ? t(
                'No word here matches “{said}”. You can look through the families below, or add a word of your own.',
                { said },
              )
            : found.length === 1
              ? t('1 feeling matches “{said}”.', { said })
              : found.length > MAX_SHOWN
                ? t('{count} feelings match “{said}”; the closest {shown} are shown.', {
                    count: found.length,
                    said,
                    shown: MAX_SHOWN,
                  })
                : t('{count} feelings match “{said}”.', { count: found.length, said })}
      </p>
      {shown.length > 0 && (
        <ul className="plain-list" aria-label={t('Feelings that match')}>
          {shown.map((feeling) => (
            <li key={feeling.id}>
              <FeelingCheckbox
                id={feeling.id}
                word={feeling.word}
                meaning={feeling.meaning}
                family={findFamily(feeling.family)?.name}
                checked={chosen.has(feeling.id)}
                onChange={() => onToggle(feeling.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function FeelingCheckbox(props: {
  id: string;
  word: string;
  meaning?: string;
  /** Shown where words from several families are listed together. */
  family?: string;
  checked: boolean;
  onChange: () => void;
}) {
  const inputId = useId();
  const wordId = useId();
  const meaningId = useId();
  return (
    <div className="check-row">
      <input
        autoComplete="off"
        id={inputId}
        type="checkbox"
        checked={props.checked}
        onChange={props.onChange}
        // The whole label is the touch target; the word alone is the name, the meaning describes it.
        aria-labelledby={wordId}
        aria-describedby={props.meaning ? meaningId : undefined}
      />
      <label htmlFor={inputId}>
        <span id={wordId} className="check-row__word">
          {props.word}
        </span>
        {props.meaning && (
          <span id={meaningId} className="check-row__meaning muted">
            {props.meaning}
            {props.family && ` (${props.family})`}
          </span>
        )}
      </label>
    </div>
  );
}

function OwnWordForm({ onAdded }: { onAdded: (own: OwnFeeling) => void }) {
  const t = useT();
  const [word, setWord] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const own = await addOwnFeeling(word);
      setWord('');
      setError(null);
      onAdded(own);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  // A form inside the inventory form is not allowed in HTML, so this is a box with its own
  // button; Enter in the box adds the word too.
  return (
    <div className="own-word">
      <label htmlFor={inputId}>{t('A word of your own')}</label>
      <div className="row">
        <input
          id={inputId}
          className="input own-word__input"
          value={word}
          onChange={(event) => setWord(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void submit(event);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          maxLength={MAX_OWN_WORD_CHARS}
          autoComplete="off"
          dir="auto"
        />
        <button
          type="button"
          className="button button--quiet"
          onClick={(event) => void submit(event)}
        >
          {t('Add my word')}
        </button>
      </div>
      <LimitNote
        length={word.length}
        max={MAX_OWN_WORD_CHARS}
        more={t('A few words are plenty.')}
      />
      {error && (
        <p id={errorId} className="inventory-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
