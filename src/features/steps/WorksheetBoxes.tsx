import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { msg, useT } from '../../core/i18n/language';
import { LimitNote } from '../../ui/LimitNote';
import type { WorksheetField } from './content';
import { MAX_LINE_CHARS, MAX_LINES, MAX_TEXT_CHARS, type WorksheetRow } from './worksheetRepo';

// The two kinds of box a worksheet is made of: free text, and a list of lines a person adds
// and takes away. Each is labelled by the field's own words, with its hint read beside it.

const MORE = msg('A journal entry has room for more.');

export function TextBox({
  field,
  value,
  onChange,
  disabled,
}: {
  field: WorksheetField;
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="field worksheet-box">
      <label htmlFor={id}>{field.label}</label>
      {field.hint && (
        <p id={`${id}-hint`} className="muted worksheet-box__hint">
          {field.hint}
        </p>
      )}
      <textarea
        autoComplete="off"
        id={id}
        className="textarea worksheet-box__text"
        aria-describedby={field.hint ? `${id}-hint` : undefined}
        value={value}
        maxLength={MAX_TEXT_CHARS}
        rows={4}
        dir="auto"
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
      <LimitNote length={value.length} max={MAX_TEXT_CHARS} more={t(MORE)} />
    </div>
  );
}

const newRowId = () => crypto.randomUUID();

export function ListBox({
  field,
  rows,
  onChange,
  disabled,
}: {
  field: WorksheetField;
  rows: readonly WorksheetRow[];
  onChange: (rows: WorksheetRow[]) => void;
  disabled: boolean;
}) {
  const t = useT();
  const id = useId();
  // An empty list still shows one line to write on. Its id is kept while it is shown, so the
  // box keeps its focus when the first letter makes it a real line.
  const [blank, setBlank] = useState(newRowId);
  const shown = rows.length > 0 ? rows : [{ id: blank, text: '' }];
  const boxes = useRef(new Map<string, HTMLTextAreaElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  // A line added or taken away moves focus once the list has drawn its new lines.
  const focusNext = useRef<string | undefined>(undefined);
  useEffect(() => {
    const next = focusNext.current;
    if (next === undefined) return;
    focusNext.current = undefined;
    (boxes.current.get(next) ?? addButton.current)?.focus();
  });

  const setText = (rowId: string, text: string) => {
    if (rows.length === 0) {
      setBlank(newRowId());
      onChange([{ id: rowId, text }]);
      return;
    }
    onChange(rows.map((row) => (row.id === rowId ? { id: rowId, text } : row)));
  };
  const add = (after?: string) => {
    if (shown.length >= MAX_LINES) return;
    const row = { id: newRowId(), text: '' };
    const at = after === undefined ? shown.length : shown.findIndex((r) => r.id === after) + 1;
    onChange([...shown.slice(0, at), row, ...shown.slice(at)]);
    focusNext.current = row.id;
  };
  const remove = (rowId: string) => {
    const at = shown.findIndex((row) => row.id === rowId);
    onChange(shown.filter((row) => row.id !== rowId));
    // Focus stays in the list: the line before, else the one after, else "Add a line".
    focusNext.current = shown[at - 1]?.id ?? shown[at + 1]?.id ?? '';
  };
  // Enter starts a new line, as on paper; Shift+Enter still breaks a line inside one.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>, rowId: string) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    add(rowId);
  };
  const full = shown.length >= MAX_LINES;

  return (
    <fieldset className="worksheet-box worksheet-list">
      <legend>{field.label}</legend>
      {field.hint && <p className="muted worksheet-box__hint">{field.hint}</p>}
      <ol className="plain-list worksheet-list__rows">
        {shown.map((row, index) => {
          const name = t('{label}, line {number}', { label: field.label, number: index + 1 });
          return (
            <li key={row.id} className="worksheet-list__row">
              <label htmlFor={`${id}-${row.id}`} className="visually-hidden">
                {name}
              </label>
              <textarea
                autoComplete="off"
                id={`${id}-${row.id}`}
                ref={(box) => {
                  if (box) boxes.current.set(row.id, box);
                  else boxes.current.delete(row.id);
                }}
                className="input worksheet-list__text"
                value={row.text}
                maxLength={MAX_LINE_CHARS}
                rows={1}
                dir="auto"
                disabled={disabled}
                onChange={(event) => setText(row.id, event.target.value)}
                onKeyDown={(event) => onKeyDown(event, row.id)}
              />
              {rows.length > 0 && (
                <button
                  type="button"
                  className="button button--quiet worksheet-list__remove"
                  // The visible word first, then which line: the name begins with what is seen.
                  aria-label={t('Remove {name}', { name })}
                  disabled={disabled}
                  onClick={() => remove(row.id)}
                >
                  {t('Remove')}
                </button>
              )}
              <LimitNote length={row.text.length} max={MAX_LINE_CHARS} more={t(MORE)} />
            </li>
          );
        })}
      </ol>
      {full ? (
        <p className="muted">
          {t('This list is full at {count} lines. A journal entry has room for more.', {
            count: MAX_LINES,
          })}
        </p>
      ) : (
        <button
          ref={addButton}
          type="button"
          className="button button--quiet"
          aria-label={t('Add a line to {label}', { label: field.label })}
          disabled={disabled}
          onClick={() => add()}
        >
          {t('Add a line')}
        </button>
      )}
    </fieldset>
  );
}
