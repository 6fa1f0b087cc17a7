import { msg } from '../../core/i18n/language';

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
    title: msg('My warning signs'),
    hint: msg('Thoughts, feelings, places or times that tell you a hard moment may be coming.'),
  },
  {
    key: 'aloneThings',
    title: msg('Things I can do on my own'),
    hint: msg(
      'Small things that take your mind somewhere kinder: a walk, music, a shower, a prayer, a pet.',
    ),
  },
  {
    key: 'peoplePlaces',
    title: msg('People and places that help me feel better'),
    hint: msg('Where you can be around others without having to talk about it.'),
  },
  {
    key: 'askForHelp',
    title: msg('People I can ask for help'),
    hint: msg('Names and numbers. You can also keep them under My people for tap-to-call.'),
  },
  {
    key: 'professionals',
    title: msg('Professionals and services'),
    hint: msg('A therapist, a doctor, a clinic, a crisis line you trust.'),
  },
  {
    key: 'saferSurroundings',
    title: msg('Making my surroundings safer'),
    hint: msg('What you can move away, lock up or hand to someone for a while.'),
  },
  {
    key: 'reasons',
    title: msg('My reasons for living'),
    hint: msg('People, hopes, small joys, anything that matters to you.'),
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
