/**
 * The shape of a worksheet: what a person fills in on a step page to do an exercise there,
 * rather than on a blank page of their own. Each exercise that asks for a structure (two
 * columns, a circle, a list, a few answers) has one in worksheets.ts, keyed by its id.
 */

/** One box a person fills in: free text, or a list of short lines they add and remove. */
export interface WorksheetField {
  /** Stable within its worksheet: the saved words are kept under it. Never rename one. */
  id: string;
  kind: 'text' | 'list';
  /** In the person's own voice ("Beyond my control"): it heads their words in an export too. */
  label: string;
  /** One gentle line under the label. */
  hint?: string;
}

/**
 * Two boxes that belong together. `columns` stand side by side where the screen is wide
 * enough and one above the other on a phone; `circle` draws the first inside the second.
 */
export interface WorksheetPair {
  kind: 'columns' | 'circle';
  /** Names the pair for screen readers, and heads it. */
  label: string;
  hint?: string;
  fields: readonly [WorksheetField, WorksheetField];
}

export type WorksheetPart = WorksheetField | WorksheetPair;

export interface Worksheet {
  parts: readonly WorksheetPart[];
}

export const isPair = (part: WorksheetPart): part is WorksheetPair => 'fields' in part;

/** Every box of a worksheet, pairs opened up, in the order they show. */
export function worksheetFields(worksheet: Worksheet): WorksheetField[] {
  return worksheet.parts.flatMap((part) => (isPair(part) ? [...part.fields] : [part]));
}
