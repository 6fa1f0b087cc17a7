import type { StepContent } from './types';

export const step02: StepContent = {
  number: 2,
  title: 'Believe in restoration',
  promise: 'Healing is possible, and your life can grow into one you want to live.',
  explanation: {
    whatItIs: [
      'This step is about hope. It invites you to consider that the pain you carry is not the end of your story. People who have lived through trauma, addiction, or both do heal. Not all at once, and not in a straight line, but they do.',
      'Hope can come from many places. It might be a higher power, if that fits for you, or the people and the life around you: a group, nature, a friend, the steady work of recovery itself. You choose the words that feel true.',
      'Here you gather signs that change is possible: the stories of others, moments when you felt a little lighter, and a picture of the life you want.',
    ],
    whatItIsNot: [
      'This step does not ask you to believe anything you do not believe. It is not a promise that everything will be fine by next week. Doubt is welcome here. You can hold a small, uncertain hope and still be working this step.',
    ],
  },
  exercises: [
    {
      id: 's2-e1',
      kind: 'visualization',
      title: 'The life you are walking toward',
      howTo: [
        'Sit comfortably and let your breathing slow, if it wants to.',
        'Imagine an ordinary day a year from now, when things are a little better.',
        'Notice where you wake up, who is near, and how your body feels.',
        "When you're ready, open your eyes and write down three details you saw.",
      ],
    },
    {
      id: 's2-e2',
      kind: 'reflection',
      title: 'Gathering stories of hope',
      howTo: [
        'Think of someone who has come through something hard: someone you know, someone from a group, or a story you read.',
        'Write what gives you hope in their story.',
        'Note one thing they did that you might try too.',
      ],
    },
    {
      id: 's2-e3',
      kind: 'practice',
      title: 'Small signs of change',
      howTo: [
        'Each evening this week, write one moment when you felt even a little lighter.',
        'It can be tiny: a laugh, a good meal, a minute of quiet.',
        'At the end of the week, read them together.',
      ],
    },
  ],
  prompts: [
    { id: 's2-p1', text: 'What does healing look like to you, in your own words?' },
    { id: 's2-p2', text: 'When have you felt even a flicker of hope? What was happening?' },
    { id: 's2-p3', text: 'Whose story of recovery has stayed with you, and why?' },
    {
      id: 's2-p4',
      text: 'What could you lean on that is bigger than your pain? A higher power, if that fits for you, or the people and the life around you.',
    },
    {
      id: 's2-p5',
      text: 'What doubts come up when you think about getting better? You can write them all down here.',
    },
    { id: 's2-p6', text: 'What is one thing you would love to do again, or for the first time?' },
  ],
};
