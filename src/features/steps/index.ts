// What other features use of steps: they import it from here, never from a module inside
// (eslint.config.js, import boundaries; docs/DESIGN.md).
export { findPrompt, getStep, getWorksheet, worksheetFields } from './content';
export { useStepSummariesSoon, useStepWordsSoon } from './content/stepWordsSoon';
export { useStepStatuses } from './useSteps';
export { isStepStatus, STATUS_LABELS as STEP_STATUS_LABELS, type StepStatus } from './stepStatus';
