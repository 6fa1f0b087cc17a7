// What other features use of today: they import it from here, never from a module inside
// (eslint.config.js, import boundaries; docs/DESIGN.md).
export { goalLogId } from './goalsRepo';
export { RECOVERY_ON_KEY } from './recoveryRepo';
export { TODAY_SHOWS_WORDS_KEY } from './useHome';
export { MILESTONES_KEY } from './useMilestones';
export { useCheckinDays } from './useToday';
export { TodayWordsChoice } from './TodayWordsChoice';
export { OnThisDayChoice } from './OnThisDayChoice';
export { ON_THIS_DAY_KEY } from './onThisDayRepo';
