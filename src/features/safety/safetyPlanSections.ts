// Plain English data, drawn through t() by the screens; not msg(): importing the language module
// here moved this file out of its own small chunk into the first screen's code (about 0.4 KB
// gzip). tests/components/spanishSafety.test.tsx checks each of these has its Spanish.

/** The sections of a personal safety plan, in the familiar order, in the project's own words. */
export interface SafetyPlanSection {
  key: SafetyPlanKey;
  title: string;
  hint: string;
}

type SafetyPlanKey =
  | 'warningSigns'
  | 'aloneThings'
  | 'peoplePlaces'
  | 'askForHelp'
  | 'professionals'
  | 'saferSurroundings'
  | 'reasons';

export const SAFETY_PLAN_SECTIONS: readonly SafetyPlanSection[] = [
  {
    key: 'warningSigns',
    title: 'My warning signs',
    hint: 'Thoughts, feelings, places or times that tell you a hard moment may be coming.',
  },
  {
    key: 'aloneThings',
    title: 'Things I can do on my own',
    hint: 'Small things that take your mind somewhere kinder: a walk, music, a shower, a prayer, a pet.',
  },
  {
    key: 'peoplePlaces',
    title: 'People and places that help me feel better',
    hint: 'Where you can be around others without having to talk about it.',
  },
  {
    key: 'askForHelp',
    title: 'People I can ask for help',
    hint: 'Names and numbers. You can also keep them under My people for tap-to-call.',
  },
  {
    key: 'professionals',
    title: 'Professionals and services',
    hint: 'A therapist, a doctor, a clinic, a crisis line you trust.',
  },
  {
    key: 'saferSurroundings',
    title: 'Making my surroundings safer',
    hint: 'What you can move away, lock up or hand to someone for a while.',
  },
  {
    key: 'reasons',
    title: 'My reasons for living',
    hint: 'People, hopes, small joys, anything that matters to you.',
  },
];

export type SafetyPlan = Record<SafetyPlanKey, string>;

export function emptySafetyPlan(): SafetyPlan {
  return {
    warningSigns: '',
    aloneThings: '',
    peoplePlaces: '',
    askForHelp: '',
    professionals: '',
    saferSurroundings: '',
    reasons: '',
  };
}
