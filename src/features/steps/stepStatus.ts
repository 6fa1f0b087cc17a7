import { msg } from '../../core/i18n/language';
import type { StepStatus } from '../../db/types';

export type { StepStatus } from '../../db/types';

/** The four places a person can be on a step, in the order a screen offers them. */
export const STEP_STATUSES: readonly StepStatus[] = [
  'not-started',
  'working',
  'revisiting',
  'complete',
];

/** Words for screens, drawn through `t`. Revisiting is never framed as going back. */
export const STATUS_LABELS: Record<StepStatus, string> = {
  'not-started': msg('Not started'),
  working: msg('Working on it'),
  revisiting: msg('Revisiting'),
  complete: msg('Feels complete'),
};

/** A gentle line under a status, where one helps. */
export const STATUS_HINTS: Partial<Record<StepStatus, string>> = {
  revisiting: msg('Coming back to a step is part of the work.'),
  complete: msg('You can come back to it any time.'),
};

export function isStepStatus(value: unknown): value is StepStatus {
  return typeof value === 'string' && (STEP_STATUSES as readonly string[]).includes(value);
}
