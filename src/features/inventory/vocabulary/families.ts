import type { FeelingFamily } from './types';

/** Feeling families in the order they are shown: the hard ones first, then the comfortable ones. */
export const FAMILIES: readonly FeelingFamily[] = [
  {
    id: 'anger',
    name: 'Anger',
    description: 'Heat and push when something feels unfair, hurtful or crosses a line.',
    comfortable: false,
  },
  {
    id: 'fear',
    name: 'Fear',
    description: 'A sense of threat, near or far, and the wish to be safe.',
    comfortable: false,
  },
  {
    id: 'sadness',
    name: 'Sadness and grief',
    description: 'The ache of loss, of being let down, or of missing what matters to you.',
    comfortable: false,
  },
  {
    id: 'shame',
    name: 'Shame and guilt',
    description: 'The weight of how you see yourself, or of something you did.',
    comfortable: false,
  },
  {
    id: 'confusion',
    name: 'Confusion',
    description: 'When things are hard to make sense of, inside you or around you.',
    comfortable: false,
  },
  {
    id: 'overwhelm',
    name: 'Helplessness and overwhelm',
    description: 'When it is all too much, or it feels out of your hands.',
    comfortable: false,
  },
  {
    id: 'numbness',
    name: 'Numbness',
    description: 'When feelings go quiet, far away or switched off, often to protect you.',
    comfortable: false,
  },
  {
    id: 'loneliness',
    name: 'Loneliness',
    description: 'Feeling apart from others and missing closeness.',
    comfortable: false,
  },
  {
    id: 'hope',
    name: 'Hope',
    description: 'A sense that things can change and get better.',
    comfortable: true,
  },
  {
    id: 'relief',
    name: 'Relief',
    description: 'The ease that comes when a weight lifts.',
    comfortable: true,
  },
  {
    id: 'calm',
    name: 'Calm',
    description: 'Steadiness, rest and a sense of safety.',
    comfortable: true,
  },
  {
    id: 'gratitude',
    name: 'Gratitude',
    description: 'Noticing what helps you and feeling glad of it.',
    comfortable: true,
  },
  {
    id: 'pride',
    name: 'Pride',
    description: 'Healthy self-respect for what you do and who you are.',
    comfortable: true,
  },
  {
    id: 'connection',
    name: 'Connection',
    description: 'Closeness with others and a sense of belonging.',
    comfortable: true,
  },
];
