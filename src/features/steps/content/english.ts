// The English steps as loadStepWords hands them over. Imported only dynamically: a dynamic
// import of ./index itself put every step's English words into the first screen's code (12 KB
// gzip), as that module is on the first screen's import graph through steps/index.ts.
export { findPrompt, getStep, getWorksheet, STEPS } from './index';
