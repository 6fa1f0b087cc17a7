import type { PlanSection } from './planDocument';

// Plain English data, drawn through t() by the screens; not msg(): importing the language module
// here moved this file out of its own small chunk into the first screen's code (about 0.4 KB
// gzip). tests/components/spanishSafety.test.tsx checks each of these has its Spanish.

/** The sections of a plan for staying well (relapse prevention), in the project's own words. */
type StayingWellKey = 'triggers' | 'warningSigns' | 'whatHelps' | 'people' | 'places' | 'afterSlip';

export type StayingWellPlan = Record<StayingWellKey, string>;

export const STAYING_WELL_SECTIONS: readonly PlanSection<StayingWellKey>[] = [
  {
    key: 'triggers',
    title: 'My triggers and risky times',
    hint: 'People, places, feelings, times of day or dates that can stir up an urge. Naming them takes away some of their surprise.',
  },
  {
    key: 'warningSigns',
    title: 'Early signs that I am drifting',
    hint: 'Small changes that can come before a harder time: sleeping less, skipping meals or meetings, keeping things to yourself.',
  },
  {
    key: 'whatHelps',
    title: 'What I can do when an urge comes',
    hint: 'Things that help you ride it out: a walk, a shower, slow breathing, a snack, letting ten minutes pass.',
  },
  {
    key: 'people',
    title: 'People I can reach',
    hint: 'Someone who understands: a sponsor, a friend, a group. You can keep their numbers under My people for tap-to-call.',
  },
  {
    key: 'places',
    title: 'Places that help me stay well',
    hint: 'Where you feel steady: a meeting, a library, a park, a friend’s kitchen.',
  },
  {
    key: 'afterSlip',
    title: 'If I slip',
    hint: 'What you would like to do, and to hear, if it happens. A slip is part of many people’s road, and what you have learned stays with you.',
  },
];

export function emptyStayingWell(): StayingWellPlan {
  return { triggers: '', warningSigns: '', whatHelps: '', people: '', places: '', afterSlip: '' };
}
