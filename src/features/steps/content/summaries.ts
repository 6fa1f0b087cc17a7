import type { StepSummary } from './types';

/**
 * Each step's number, title and one-line promise: all the steps list draws, repeated here from
 * step01.ts … step12.ts so that list loads without the full content (about 10 KB compressed).
 * tests/unit/stepsContent.test.ts keeps them equal: a title changed there must change here too.
 */
export const STEP_SUMMARIES: readonly StepSummary[] = [
  {
    number: 1,
    title: 'Admit powerlessness',
    promise: 'Naming what was beyond your control begins to loosen its hold on you.',
  },
  {
    number: 2,
    title: 'Believe in restoration',
    promise: 'Healing is possible, and your life can grow into one you want to live.',
  },
  {
    number: 3,
    title: 'Surrender to growth',
    promise: 'You open yourself to help and to change, and you do not walk this alone.',
  },
  {
    number: 4,
    title: 'Inventory your emotions',
    promise: 'You look honestly and kindly at what you feel, and begin to understand it.',
  },
  {
    number: 5,
    title: 'Share with someone you trust',
    promise: 'You let one trusted person hear your truth, and you are no longer alone with it.',
  },
  {
    number: 6,
    title: 'Release resentment',
    promise: 'You loosen the hold of anger, so the past takes up less room in your life.',
  },
  {
    number: 7,
    title: 'Embrace humility',
    promise: 'You meet setbacks with kindness, and asking for help becomes a strength.',
  },
  {
    number: 8,
    title: 'Become willing to make amends',
    promise: 'You make an honest list of harm, starting with the harm done to yourself.',
  },
  {
    number: 9,
    title: 'Make amends where it is safe',
    promise: 'You repair what you can, in ways that keep you and others safe.',
  },
  {
    number: 10,
    title: 'Keep growing',
    promise: 'A few minutes each day help you notice, adjust and keep going.',
  },
  {
    number: 11,
    title: 'Cultivate connection',
    promise: 'You grow the people, groups and practices that bring meaning and steady you.',
  },
  {
    number: 12,
    title: 'Pay it forward',
    promise: 'Your story and your care can help someone else, when and how you choose.',
  },
];
