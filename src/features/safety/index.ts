// What other features use of safety: they import it from here, never from a module inside
// (eslint.config.js, import boundaries; docs/DESIGN.md).
export { CrisisLines } from './CrisisLines';
export { CrisisRegionSetting } from './CrisisRegionSetting';
export { QuickExitButton } from './QuickExitButton';
export { CRISIS_LINES_HIDDEN_KEY } from './useSafety';
export { SAFETY_PLAN_SECTIONS } from './safetyPlanSections';
