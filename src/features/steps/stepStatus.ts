import type { StepStatus } from '../../db/types';

export type { StepStatus } from '../../db/types';

/** The four places a person can be on a step, in the order a screen offers them. */
export const STEP_STATUSES: readonly StepStatus[] = [
  'not-started',
  'working',
  'revisiting',
  'complete',
];

/** Words for screens. Revisiting is never framed as going back. */
export const STATUS_LABELS: Record<StepStatus, string> = {
  'not-started': 'Not started',
  working: 'Working on it',
  revisiting: 'Revisiting',
  complete: 'Feels complete',
};

/** A gentle line under a status, where one helps. */
export const STATUS_HINTS: Partial<Record<StepStatus, string>> = {
  revisiting: 'Coming back to a step is part of the work.',
  complete: 'You can come back to it any time.',
};

export function isStepStatus(value: unknown): value is StepStatus {
  return typeof value === 'string' && (STEP_STATUSES as readonly string[]).includes(value);
}
