import { DOCUMENT_PREFIXES } from '../../db/sealedShapes';
import { getStep, getWorksheet, worksheetFields } from './content';

/** A worksheet's answers as labelled plain text, for the Markdown export and the reading view:
 * each box under its own label, a list as one line per row, and nothing for an empty box. */
export interface WorksheetAnswers {
  step: number;
  exerciseTitle: string;
  answers: { label: string; text: string }[];
}

const PREFIX = DOCUMENT_PREFIXES.worksheet;

/** One line stands as it is; several read as a list, one line each. */
const lines = (rows: string[]) =>
  rows.length === 1 ? rows[0]! : rows.map((line) => `- ${line}`).join('\n');

/** Undefined for an id that names no worksheet of the app's steps. */
export function worksheetAnswers(
  id: string,
  words: { texts?: Record<string, string>; lists?: Record<string, { text: string }[]> },
): WorksheetAnswers | undefined {
  const exerciseId = id.startsWith(PREFIX) ? id.slice(PREFIX.length) : '';
  const worksheet = getWorksheet(exerciseId);
  const step = Number(/^s(\d+)-e\d+$/.exec(exerciseId)?.[1]);
  const exercise = getStep(step)?.exercises.find((e) => e.id === exerciseId);
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
