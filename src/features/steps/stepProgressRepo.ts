import type { StepProgressRow, StepStatus } from '../../db/types';
import { t } from '../../core/i18n/language';
import { InputError } from '../../lib/errors';
import { sealedTable } from '../../core/sealedStore';

/** A note is a line or two to remember where you are, not a journal entry. */
export const MAX_NOTE_CHARS = 500;

/** One change of status and when it happened. */
interface StatusChange {
  status: StepStatus;
  at: number;
}

/** What is sealed on a progress record: the history of changes and the person's note. */
export interface StepProgressFields {
  history: StatusChange[];
  note?: string;
}

/** A step's progress as screens see it: opened, with its clear metadata beside it. */
export interface StepProgress extends StepProgressFields {
  step: number;
  status: StepStatus;
  created: number;
  updated: number;
  /** Set when the sealed history could not be opened; the status (kept in the clear) still shows. */
  unreadable?: true;
}

export class StepProgressInputError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'StepProgressInputError';
  }
}

export function progressId(step: number): string {
  return `step-${step}`;
}

export function validateStep(step: unknown): number {
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > 12) {
    throw new StepProgressInputError(t('A step is a number from 1 to 12.'));
  }
  return step;
}

export const progress = sealedTable<
  StepProgressRow,
  StepProgressFields,
  Omit<StepProgress, keyof StepProgressFields>
>('stepProgress', {
  empty: () => ({ history: [] }),
  clear: ({ step, status, created, updated }) => ({ step, status, created, updated }),
});

/** The progress on one step, or undefined when the person has not recorded any. */
export async function getProgress(step: number): Promise<StepProgress | undefined> {
  return progress.get(progressId(validateStep(step)));
}

/** Every step with recorded progress, in step order. Test-only since no screen lists them all:
 * the repository tests read what was stored through it. */
export async function listProgress(): Promise<StepProgress[]> {
  return progress.openMany(await progress.table.orderBy('step').toArray());
}

/** Each recorded step's status, from clear metadata only (nothing is opened). */
export async function listStatuses(): Promise<Map<number, StepStatus>> {
  const rows = await progress.table.toArray();
  return new Map(rows.map((row) => [row.step, row.status]));
}
