import { db } from '../../db/db';
import type { Sealed, StepProgressRow, StepStatus } from '../../db/types';
import { InputError } from '../../lib/errors';
import { SealError } from '../../core/crypto';
import { openFields, sealFields } from '../../core/sealing';
import { isStepStatus } from './stepStatus';

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

function progressId(step: number): string {
  return `step-${step}`;
}

function validateStep(step: unknown): number {
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > 12) {
    throw new StepProgressInputError('A step is a number from 1 to 12.');
  }
  return step;
}

function validateStatus(status: unknown): StepStatus {
  if (!isStepStatus(status)) {
    throw new StepProgressInputError(
      'A step can be not started, working on it, revisiting, or feels complete.',
    );
  }
  return status;
}

function validateNow(now: unknown): number {
  if (typeof now !== 'number' || !Number.isFinite(now)) {
    throw new StepProgressInputError('A change needs a time.');
  }
  return now;
}

async function openProgress(row: StepProgressRow): Promise<StepProgress> {
  const base = { step: row.step, status: row.status, created: row.created, updated: row.updated };
  try {
    const fields = await openFields<StepProgressFields>('stepProgress', row);
    const progress: StepProgress = { ...base, history: fields.history };
    if (fields.note !== undefined) progress.note = fields.note;
    return progress;
  } catch (error) {
    // A damaged record shows as such and never takes the step page down with it.
    if (!(error instanceof SealError)) throw error;
    return { ...base, history: [], unreadable: true };
  }
}

/** The progress on one step, or undefined when the person has not recorded any. */
export async function getProgress(step: number): Promise<StepProgress | undefined> {
  const row = await db.stepProgress.get(progressId(validateStep(step)));
  return row ? openProgress(row) : undefined;
}

/** Every step with recorded progress, in step order. Test-only since no screen lists them all:
 * the repository tests read what was stored through it. */
export async function listProgress(): Promise<StepProgress[]> {
  const rows = await db.stepProgress.orderBy('step').toArray();
  return Promise.all(rows.map(openProgress));
}

/** Each recorded step's status, from clear metadata only (nothing is opened). */
export async function listStatuses(): Promise<Map<number, StepStatus>> {
  const rows = await db.stepProgress.toArray();
  return new Map(rows.map((row) => [row.step, row.status]));
}

async function openForChange(row: StepProgressRow): Promise<StepProgressFields> {
  try {
    return await openFields<StepProgressFields>('stepProgress', row);
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
    // Writing over a damaged history would lose it for good; it is left exactly as it is.
    throw new StepProgressInputError(
      'The history of this step could not be opened, so it was left as it is. Your journal is not affected.',
    );
  }
}

function sameVersion(a: Sealed | undefined, b: Sealed | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.iv.length !== b.iv.length) return false;
  return a.iv.every((byte, i) => byte === b.iv[i]);
}

/**
 * Reads a record, works out its next state, seals it, then writes it only if nobody changed the
 * record meanwhile (another tab, a second tap); otherwise it starts over from the fresh record.
 * Sealing happens outside the transaction: IndexedDB transactions close while WebCrypto works.
 */
async function update(
  step: number,
  next: (
    current: { row: StepProgressRow; fields: StepProgressFields } | undefined,
  ) => { status: StepStatus; fields: StepProgressFields } | undefined,
  now: number,
): Promise<number | undefined> {
  const id = progressId(step);
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = await db.stepProgress.get(id);
    const fields = row ? await openForChange(row) : undefined;
    const change = next(row && fields ? { row, fields } : undefined);
    if (!change) return undefined;
    const sealed = await sealFields('stepProgress', id, change.fields);
    const written = await db.transaction('rw', db.stepProgress, async () => {
      const latest = await db.stepProgress.get(id);
      if (!sameVersion(latest?.sealed, row?.sealed)) return false;
      const updated: StepProgressRow = {
        id,
        step,
        status: change.status,
        created: row?.created ?? now,
        updated: now,
        sealed,
      };
      await db.stepProgress.put(updated);
      return true;
    });
    if (written) return now;
  }
  throw new Error('This step was changing in another place at the same moment. Try once more.');
}

/**
 * Records where the person is on a step, appending the change and its date to the history.
 * Choosing the status the step already has changes nothing.
 */
export async function setStatus(step: number, status: StepStatus, now = Date.now()): Promise<void> {
  const n = validateStep(step);
  const chosen = validateStatus(status);
  const at = validateNow(now);
  await update(
    n,
    (current) => {
      const currentStatus = current?.row.status ?? 'not-started';
      if (currentStatus === chosen) return undefined;
      const fields: StepProgressFields = {
        ...current?.fields,
        history: [...(current?.fields.history ?? []), { status: chosen, at }],
      };
      return { status: chosen, fields };
    },
    at,
  );
}

/** Keeps a short note on a step; an empty note removes it. The status is left as it is.
 * Returns the time it wrote, or undefined when the note was already so. */
export async function setNote(
  step: number,
  note: string,
  now = Date.now(),
): Promise<number | undefined> {
  const n = validateStep(step);
  const at = validateNow(now);
  if (typeof note !== 'string') throw new StepProgressInputError('A note is text.');
  const text = note.trim();
  if (text.length > MAX_NOTE_CHARS) {
    throw new StepProgressInputError(
      `A note holds up to ${MAX_NOTE_CHARS} characters. For more, a journal entry has all the room you need.`,
    );
  }
  return update(
    n,
    (current) => {
      if ((current?.fields.note ?? '') === text) return undefined;
      const fields: StepProgressFields = { history: current?.fields.history ?? [] };
      if (text) fields.note = text;
      return { status: current?.row.status ?? 'not-started', fields };
    },
    at,
  );
}
