import { msg } from '../../core/i18n/language';
import type { PlanSection } from './planDocument';

/** The sections of a plan for staying well (relapse prevention), in the project's own words. */
type StayingWellKey = 'triggers' | 'warningSigns' | 'whatHelps' | 'people' | 'places' | 'afterSlip';

export type StayingWellPlan = Record<StayingWellKey, string>;

export const STAYING_WELL_SECTIONS: readonly PlanSection<StayingWellKey>[] = [
  {
    key: 'triggers',
    title: msg('My triggers and risky times'),
    hint: msg(
      'People, places, feelings, times of day or dates that can stir up an urge. Naming them takes away some of their surprise.',
    ),
  },
  {
    key: 'warningSigns',
    title: msg('Early signs that I am drifting'),
    hint: msg(
      'Small changes that can come before a harder time: sleeping less, skipping meals or meetings, keeping things to yourself.',
    ),
  },
  {
    key: 'whatHelps',
    title: msg('What I can do when an urge comes'),
    hint: msg(
      'Things that help you ride it out: a walk, a shower, slow breathing, a snack, letting ten minutes pass.',
    ),
  },
  {
    key: 'people',
    title: msg('People I can reach'),
    hint: msg(
      'Someone who understands: a sponsor, a friend, a group. You can keep their numbers under My people for tap-to-call.',
    ),
  },
  {
    key: 'places',
    title: msg('Places that help me stay well'),
    hint: msg('Where you feel steady: a meeting, a library, a park, a friend’s kitchen.'),
  },
  {
    key: 'afterSlip',
    title: msg('If I slip'),
    hint: msg(
      'What you would like to do, and to hear, if it happens. A slip is part of many people’s road, and what you have learned stays with you.',
    ),
  },
];

export function emptyStayingWell(): StayingWellPlan {
  return { triggers: '', warningSigns: '', whatHelps: '', people: '', places: '', afterSlip: '' };
}
