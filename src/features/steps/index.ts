// What other features use of steps: they import it from here, never from a module inside
// (eslint.config.js, import boundaries; docs/DESIGN.md).
export { findPrompt, getStep, getWorksheet, worksheetFields } from './content';
export { useStepStatuses } from './useSteps';
export { useStepWords } from './content/useStepContent';
export { isStepStatus, STATUS_LABELS as STEP_STATUS_LABELS, type StepStatus } from './stepStatus';
