// What other features use of steps: they import it from here, never from a module inside
// (eslint.config.js, import boundaries; docs/DESIGN.md).
export { findPrompt, getStep, getWorksheet, worksheetFields } from './content';
export { useStepSummariesSoon, useStepWordsSoon } from './content/stepWordsSoon';
export { useStepStatuses } from './useSteps';
export { isStepStatus, STATUS_LABELS as STEP_STATUS_LABELS, type StepStatus } from './stepStatus';
/** For Today's step card, a lazy screen: the hook that reads the steps in the person's language,
 * loaded on demand. Exported as a value, it would pull every step's words into the first screen. */
export const loadStepWords = () =>
  import('./content/useStepContent').then((module) => module.useStepWords);
