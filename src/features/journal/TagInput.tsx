import { useId, useState } from 'react';
import { useT } from '../../core/i18n/language';
import { MAX_TAG_CHARS, MAX_TAGS } from './journalRepo';
import { useTagSuggestions } from './useJournal';

interface Props {
  tags: string[];
  onChange: (tags: string[]) => void;
}

/** Free words with suggestions from tags already used. */
export function TagInput({ tags, onChange }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const [focused, setFocused] = useState(false);
  const suggestions = useTagSuggestions(focused).filter((tag) => !tags.includes(tag));
  const listId = useId();
  const full = tags.length >= MAX_TAGS;

  const add = () => {
    const tag = text.trim().replace(/,$/, '').trim();
    if (tag && !tags.includes(tag) && !full) onChange([...tags, tag.slice(0, MAX_TAG_CHARS)]);
    setText('');
  };

  return (
    <div className="field">
      <label htmlFor={`${listId}-input`}>{t('Tags (optional)')}</label>
      {tags.length > 0 && (
        <ul className="tag-list plain-list" aria-label={t('Tags on this entry')}>
          {tags.map((tag) => (
            <li key={tag} className="tag">
              <span dir="auto">{tag}</span>
              <button
                type="button"
                className="tag__remove"
                aria-label={t('Remove tag {tag}', { tag })}
                onClick={() => onChange(tags.filter((other) => other !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <input
          id={`${listId}-input`}
          className="input tag-input"
          value={text}
          list={listId}
          maxLength={MAX_TAG_CHARS}
          disabled={full}
          autoComplete="off"
          enterKeyHint="done"
          onFocus={() => setFocused(true)}
          onChange={(event) => {
            if (event.target.value.endsWith(',')) {
              setText(event.target.value);
              add();
            } else setText(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button
          type="button"
          className="button button--quiet"
          onClick={add}
          disabled={!text.trim()}
        >
          {t('Add tag')}
        </button>
      </div>
      <datalist id={listId}>
        {suggestions.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      {full && <p className="muted">{t('This entry has as many tags as it can hold.')}</p>}
    </div>
  );
}
