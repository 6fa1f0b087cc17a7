import { DOCUMENT_PREFIXES } from '../../../db/sealedShapes';
import { worksheetFields } from '../../steps';
import type { DocumentWords } from './words';

/** A worksheet's answers as labelled plain text, for the Markdown export and the reading view:
 * each box under its own label, a list as one line per row, and nothing for an empty box. */
export interface WorksheetAnswers {
  step: number;
  exerciseTitle: string;
  answers: { label: string; text: string }[];
}

/** One line stands as it is; several read as a list, one line each. */
const lines = (rows: string[]) =>
  rows.length === 1 ? rows[0]! : rows.map((line) => `- ${line}`).join('\n');

/** Undefined for an id that names no worksheet of the app's steps. The exercise's title and the
 * boxes' labels come from `content`, in its language; the answers are the person's `words`. */
export function worksheetAnswers(
  id: string,
  words: { texts?: Record<string, string>; lists?: Record<string, { text: string }[]> },
  content: Pick<DocumentWords, 'getStep' | 'getWorksheet'>,
): WorksheetAnswers | undefined {
  const prefix = DOCUMENT_PREFIXES.worksheet;
  const exerciseId = id.startsWith(prefix) ? id.slice(prefix.length) : '';
  const worksheet = content.getWorksheet(exerciseId);
  const step = Number(/^s(\d+)-e\d+$/.exec(exerciseId)?.[1]);
  const exercise = content.getStep(step)?.exercises.find((e) => e.id === exerciseId);
  if (!worksheet || !exercise) return undefined;
  const answers = worksheetFields(worksheet).map((field) => ({
    label: field.label,
    text:
      field.kind === 'list'
        ? lines((words.lists?.[field.id] ?? []).map((row) => row.text.trim()).filter(Boolean))
        : (words.texts?.[field.id] ?? '').trim(),
  }));
  return { step, exerciseTitle: exercise.title, answers: answers.filter((a) => a.text) };
}
