import type { StepContent } from './types';

export const step07: StepContent = {
  number: 7,
  title: 'Embrace humility',
  promise: 'You meet setbacks with kindness, and asking for help becomes a strength.',
  explanation: {
    whatItIs: [
      'This step is about seeing yourself clearly and kindly. Humility here means knowing you are human: you have strengths, you have patterns that no longer serve you, and you are still learning.',
      'Setbacks are part of healing. A hard day, a slip, an old way of coping that comes back: each one is information, not a verdict. You can notice it, learn from it, and begin again.',
      'Self-compassion sits at the heart of this step. You learn to speak to yourself the way you would speak to someone you love. And you let yourself ask for help, from a higher power if that fits for you, or from the people around you. Asking is a sign of strength.',
    ],
    whatItIsNot: [
      'Humility is not humiliation. It is not putting yourself down, shrinking, or believing you deserve less. It does not mean you stop standing up for yourself. Old patterns change slowly, and nobody expects you to change everything at once.',
    ],
  },
  exercises: [
    {
      id: 's7-e1',
      kind: 'reflection',
      title: 'Patterns and their purpose',
      howTo: [
        'Pick one way of coping that no longer serves you.',
        'Write when it began and what it helped you get through.',
        'Write what it costs you today.',
        'Name one small thing you could try instead, the next time it shows up.',
      ],
    },
    {
      id: 's7-e2',
      kind: 'practice',
      title: 'A kinder voice',
      howTo: [
        'Notice a moment this week when you are hard on yourself.',
        'Write down the words your inner critic uses.',
        'Rewrite them the way a caring friend would say them.',
        'Read the kinder version aloud, if you can.',
      ],
    },
    {
      id: 's7-e3',
      kind: 'practice',
      title: 'One small ask',
      howTo: [
        'Think of one thing you could use some help with this week.',
        'Choose someone you trust and ask, plainly and simply.',
        'Afterwards, write how it felt to ask, whatever the answer was.',
      ],
    },
  ],
  prompts: [
    { id: 's7-p1', text: 'What does humility mean to you, and how is it different from shame?' },
    { id: 's7-p2', text: 'Which old patterns or ways of coping would you like to loosen?' },
    { id: 's7-p3', text: 'Think of a recent setback. What did it teach you?' },
    {
      id: 's7-p4',
      text: 'What do you say to yourself after a slip or a hard day? What would a kinder voice say?',
    },
    { id: 's7-p5', text: 'What makes asking for help hard for you?' },
    { id: 's7-p6', text: 'What strengths do you see in yourself, even on difficult days?' },
  ],
};
