import type { StepProgressRow, StepStatus } from '../../db/types';
import { t } from '../../core/i18n/language';
import type { Current } from '../../core/sealedStore';
import { isStepStatus } from './stepStatus';
import {
  MAX_NOTE_CHARS,
  progress,
  progressId,
  StepProgressInputError,
  validateStep,
  type StepProgressFields,
} from './stepProgressRepo';

// Apart from stepProgressRepo.ts, which Today reads for the step it shows: a module is kept whole
// in one file, so the writes kept there came with the first screen.

function validateStatus(status: unknown): StepStatus {
  if (!isStepStatus(status)) {
    throw new StepProgressInputError(
      t('A step can be not started, working on it, revisiting, or feels complete.'),
    );
  }
  return status;
}

function validateNow(now: unknown): number {
  if (typeof now !== 'number' || !Number.isFinite(now)) {
    throw new StepProgressInputError(t('A change needs a time.'));
  }
  return now;
}

/** Reads a step's record, works out its next state and writes it (sealedStore.ts `update`). */
async function update(
  step: number,
  next: (
    current: Current<StepProgressRow, StepProgressFields> | undefined,
  ) => { status: StepStatus; fields: StepProgressFields } | undefined,
  now: number,
): Promise<number | undefined> {
  const id = progressId(step);
  const written = await progress.update(
    id,
    (current) => {
      const change = next(current);
      if (!change) return undefined;
      const { status, fields } = change;
      return {
        row: { id, step, status, created: current?.row.created ?? now, updated: now },
        fields,
      };
    },
    {
      // Writing over a damaged history would lose it for good; it is left exactly as it is.
      damaged: () =>
        new StepProgressInputError(
          t(
            'The history of this step could not be opened, so it was left as it is. Your journal is not affected.',
          ),
        ),
    },
  );
  return written ? now : undefined;
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
  if (typeof note !== 'string') throw new StepProgressInputError(t('A note is text.'));
  const text = note.trim();
  if (text.length > MAX_NOTE_CHARS) {
    throw new StepProgressInputError(
      t(
        'A note holds up to {count} characters. For more, a journal entry has all the room you need.',
        { count: MAX_NOTE_CHARS },
      ),
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
