import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { t, useT } from '../../core/i18n/language';
import { useEditorSave, type Fit } from '../../core/useEditorSave';
import { SaveLine } from '../../ui/SaveLine';
import {
  isPair,
  worksheetFields,
  type Worksheet,
  type WorksheetField,
  type WorksheetPart,
} from './content';
import { useWorksheetWords } from './useWorksheetWords';
import { ListBox, TextBox } from './WorksheetBoxes';
import {
  emptyWorksheet,
  MAX_LINE_CHARS,
  MAX_TEXT_CHARS,
  saveWorksheet,
  type StoredWorksheet,
  type WorksheetRow,
  type WorksheetWords,
} from './worksheetRepo';
import './worksheets.css';

/**
 * An exercise done on the step page: its worksheet, saved as it is written (one sealed record
 * per exercise), so a person can stop at any line and find it there when they come back.
 */
export function ExerciseWorksheet({
  exerciseId,
  title,
  worksheet,
}: {
  exerciseId: string;
  title: string;
  worksheet: Worksheet;
}) {
  const t = useT();
  const stored = useWorksheetWords(exerciseId);
  if (stored?.unreadable) {
    return (
      <p className="notice">
        {t(
          'What you wrote here could not be opened. It is left exactly as it is, and the rest of your journal is not affected.',
        )}
      </p>
    );
  }
  return (
    <WorksheetForm
      exerciseId={exerciseId}
      title={title}
      worksheet={worksheet}
      stored={stored ?? undefined}
      loading={stored === null}
    />
  );
}

function WorksheetForm({
  exerciseId,
  title,
  worksheet,
  stored,
  loading,
}: {
  exerciseId: string;
  title: string;
  worksheet: Worksheet;
  stored: StoredWorksheet | undefined;
  loading: boolean;
}) {
  const [draft, setDraft] = useState<WorksheetWords>(() =>
    stored ? { texts: stored.texts, lists: stored.lists } : emptyWorksheet(),
  );
  const fields = useMemo(() => worksheetFields(worksheet), [worksheet]);
  const write = useCallback(
    (value: string, fit: Fit) =>
      saveWorksheet(exerciseId, fitted(JSON.parse(value) as WorksheetWords, fit, fields)),
    [exerciseId, fields],
  );
  const { state } = useEditorSave({
    value: JSON.stringify(draft),
    write,
    stored,
    take: (record) => {
      const words = { texts: record.texts, lists: record.lists };
      setDraft(words);
      return JSON.stringify(words);
    },
    enabled: !loading,
  });
  const intro = useId();
  const t = useT();

  const setText = (id: string, value: string) =>
    setDraft((current) => ({ ...current, texts: { ...current.texts, [id]: value } }));
  const setRows = (id: string, rows: WorksheetRow[]) =>
    setDraft((current) => ({ ...current, lists: { ...current.lists, [id]: rows } }));
  const box = (field: WorksheetField) =>
    field.kind === 'list' ? (
      <ListBox
        key={field.id}
        field={field}
        rows={draft.lists[field.id] ?? []}
        onChange={(rows) => setRows(field.id, rows)}
        disabled={loading}
      />
    ) : (
      <TextBox
        key={field.id}
        field={field}
        value={draft.texts[field.id] ?? ''}
        onChange={(value) => setText(field.id, value)}
        disabled={loading}
      />
    );

  return (
    <form
      autoComplete="off"
      className="worksheet"
      aria-label={t('Worksheet: {title}', { title })}
      aria-describedby={intro}
      onSubmit={(event) => event.preventDefault()}
    >
      <p id={intro} className="muted worksheet__intro">
        {t(
          'You can fill this in here, as much or as little as you like. It saves as you write, and you can come back to it any time.',
        )}
      </p>
      {worksheet.parts.map((part) => (
        <Part key={partKey(part)} part={part} box={box} />
      ))}
      <SaveLine state={state} />
    </form>
  );
}

const partKey = (part: WorksheetPart) =>
  isPair(part) ? part.fields.map((field) => field.id).join('+') : part.id;

function Part({ part, box }: { part: WorksheetPart; box: (field: WorksheetField) => ReactNode }) {
  const t = useT();
  const label = useId();
  if (!isPair(part)) return box(part);
  const [first, second] = part.fields;
  const head = (
    <>
      <p id={label} className="worksheet__pair-label">
        {part.label}
      </p>
      {part.hint && <p className="muted worksheet-box__hint">{part.hint}</p>}
    </>
  );
  if (part.kind === 'circle') {
    // The inner ring sits inside the outer one, as drawn on paper; in reading order, the inner
    // ring comes first, the way one reads a circle from its middle out.
    return (
      <div role="group" aria-labelledby={label} className="worksheet-circle">
        {head}
        <div className="worksheet-circle__outer">
          <div className="worksheet-circle__inner">
            <p className="worksheet-circle__you" aria-hidden="true">
              {t('You')}
            </p>
            {box(first)}
          </div>
          {box(second)}
        </div>
      </div>
    );
  }
  return (
    <div role="group" aria-labelledby={label} className="worksheet-columns">
      {head}
      <div className="worksheet-columns__pair">
        {box(first)}
        {box(second)}
      </div>
    </div>
  );
}

/** Words cut to their limits for the save, each box named by its label if one was cut. */
function fitted(words: WorksheetWords, fit: Fit, fields: WorksheetField[]): WorksheetWords {
  const label = (id: string) => fields.find((field) => field.id === id)?.label ?? t('An answer');
  return {
    texts: Object.fromEntries(
      Object.entries(words.texts).map(([id, value]) => [
        id,
        fit.text(value, MAX_TEXT_CHARS, label(id)),
      ]),
    ),
    lists: Object.fromEntries(
      Object.entries(words.lists).map(([id, rows]) => [
        id,
        rows.map((row, index) => ({
          id: row.id,
          text: fit.text(
            row.text,
            MAX_LINE_CHARS,
            t('{label}, line {number}', { label: label(id), number: index + 1 }),
          ),
        })),
      ]),
    ),
  };
}
