import { lazyScreen } from '../../core/lazyScreen';

// What other features use of safety: they import it from here, never from a module inside
// (eslint.config.js, import boundaries; docs/DESIGN.md).
export { BreathingGuide } from './BreathingGuide';
export { CrisisLines } from './CrisisLines';
export { CrisisRegionSetting } from './CrisisRegionSetting';
export { GroundingGuide } from './GroundingGuide';
export { HardMomentCard } from './HardMomentCard';
export { NeedHelpNow } from './NeedHelpNow';
export { NextMeetingCard } from './NextMeetingCard';
export { QuickExitButton } from './QuickExitButton';
export { SupportCard } from './SupportCard';
export { CRISIS_LINES_HIDDEN_KEY, useContacts } from './useSafety';
export { useMeetings } from './useMeetings';
export { useQuickExit } from './quickExit';
export { SAFETY_PLAN_SECTIONS } from './safetyPlanSections';
export { KIND_LABELS as MEETING_KIND_LABELS } from './meetingsRepo';
export { whenLabel as meetingWhen } from './meetingLabels';
export { UNNAMED_TALK, WAY_LABELS as TALK_WAY_LABELS } from './talkWays';
export { STAYING_WELL_SECTIONS } from './stayingWellSections';

// Loaded when a check-in shows it: the staying-well plan's repository need not come with the
// first screen because Today imports this index.
export const AddToStayingWell = lazyScreen(() => import('./AddToStayingWell'));
