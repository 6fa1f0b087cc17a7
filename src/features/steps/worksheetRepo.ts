import { sealedDocuments } from '../../core/sealedStore';
import { t } from '../../core/i18n/language';
import { InputError } from '../../lib/errors';
import { number as count } from '../../lib/words';
import { getWorksheet } from './content';

/**
 * What a person writes in a step exercise's worksheet: one sealed document per exercise, with
 * the exercise's id after the prefix (`worksheet:s1-e1`), so an exercise always finds its own
 * and a backup brings it back to the same place. Text boxes by field id; lists as rows with ids
 * of their own, so a row taken off is gone for good, and the others keep their place.
 */
export const WORKSHEET_PREFIX = 'worksheet:';

/** A free-text answer holds a long letter; a list's line is short, and a list is not endless. */
export const MAX_TEXT_CHARS = 20_000;
export const MAX_LINE_CHARS = 1_000;
export const MAX_LINES = 100;

const MAX_ROW_ID = 100;
const MAX_BOXES = 50;

export interface WorksheetRow {
  id: string;
  text: string;
}

export interface WorksheetWords {
  texts: Record<string, string>;
  lists: Record<string, WorksheetRow[]>;
}

export interface StoredWorksheet extends WorksheetWords {
  id: string;
  created: number;
  updated: number;
  unreadable?: true;
}

class WorksheetInputError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'WorksheetInputError';
  }
}

export const emptyWorksheet = (): WorksheetWords => ({ texts: {}, lists: {} });

const worksheets = sealedDocuments<WorksheetWords>(emptyWorksheet);

const worksheetId = (exerciseId: string) => `${WORKSHEET_PREFIX}${exerciseId}`;

function requireExercise(exerciseId: unknown): string {
  if (typeof exerciseId !== 'string' || !getWorksheet(exerciseId)) {
    throw new WorksheetInputError(t('This exercise has no worksheet to fill in.'));
  }
  return exerciseId;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function boxes(value: unknown): [string, unknown][] {
  if (value === undefined) return [];
  if (!isRecord(value))
    throw new WorksheetInputError(t('These answers are not in a shape to save.'));
  const entries = Object.entries(value);
  if (entries.length > MAX_BOXES) {
    throw new WorksheetInputError(t('This worksheet has more boxes than it can keep.'));
  }
  return entries;
}

function answer(value: unknown): string {
  if (typeof value !== 'string') throw new WorksheetInputError(t('An answer here is not text.'));
  if (value.length > MAX_TEXT_CHARS) {
    throw new WorksheetInputError(
      t('An answer here is longer than {count} characters.', { count: count(MAX_TEXT_CHARS) }),
    );
  }
  return value;
}

function rows(value: unknown): WorksheetRow[] {
  if (!Array.isArray(value)) throw new WorksheetInputError(t('A list here is not a list.'));
  if (value.length > MAX_LINES) {
    throw new WorksheetInputError(
      t('A list here keeps up to {count} lines.', { count: MAX_LINES }),
    );
  }
  return value.map((row: unknown) => {
    if (!isRecord(row) || typeof row.id !== 'string' || !row.id || row.id.length > MAX_ROW_ID) {
      throw new WorksheetInputError(t('A line of a list here is not in a shape to save.'));
    }
    if (typeof row.text !== 'string') throw new WorksheetInputError(t('A line here is not text.'));
    if (row.text.length > MAX_LINE_CHARS) {
      throw new WorksheetInputError(
        t('A line here is longer than {count} characters.', { count: count(MAX_LINE_CHARS) }),
      );
    }
    return { id: row.id, text: row.text };
  });
}

/** True when anything in the words is more than spaces. */
function hasWorksheetWords(words: WorksheetWords): boolean {
  return (
    Object.values(words.texts).some((value) => value.trim()) ||
    Object.values(words.lists).some((list) => list.some((row) => row.text.trim()))
  );
}

/** Replaces the worksheet's words; a worksheet not yet here is kept only once it has words. */
export async function saveWorksheet(
  exerciseId: string,
  input: WorksheetWords,
  now = Date.now(),
): Promise<number | undefined> {
  const id = worksheetId(requireExercise(exerciseId));
  const words: WorksheetWords = {
    texts: Object.fromEntries(boxes(input.texts).map(([key, value]) => [key, answer(value)])),
    lists: Object.fromEntries(boxes(input.lists).map(([key, value]) => [key, rows(value)])),
  };
  const written = await worksheets.save(id, words, (existing) =>
    existing || hasWorksheetWords(words)
      ? { id, created: existing?.created ?? now, updated: now }
      : undefined,
  );
  return written && now;
}

/** The exercise's worksheet as written, marked unreadable when it cannot be opened, or
 * undefined when nothing is written yet. */
export async function getWorksheetWords(exerciseId: string): Promise<StoredWorksheet | undefined> {
  if (!getWorksheet(exerciseId)) return undefined;
  return worksheets.get(worksheetId(exerciseId));
}

/** Every worksheet written. */
export async function listWorksheets(): Promise<StoredWorksheet[]> {
  const rows = await worksheets.table.where('id').startsWith(WORKSHEET_PREFIX).toArray();
  return worksheets.openMany(rows);
}
