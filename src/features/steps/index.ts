// What other features use of steps: they import it from here, never from a module inside
// (eslint.config.js, import boundaries; docs/DESIGN.md).
export { findPrompt, getStep, getWorksheet, worksheetFields } from './content';
export { useStepStatuses } from './useSteps';
// Loaded on demand: the step screens' hook brings every step's words, which the first screen
// (it imports this module) must not carry.
export const loadStepWords = () => import('./content/useStepContent');
export { isStepStatus, STATUS_LABELS as STEP_STATUS_LABELS, type StepStatus } from './stepStatus';
