import type { StepContent } from './types';

export const step08: StepContent = {
  number: 8,
  title: 'Become willing to make amends',
  promise: 'You make an honest list of harm, starting with the harm done to yourself.',
  explanation: {
    whatItIs: [
      "This step prepares the ground for repair. You make a list of the people you have harmed, and you put yourself first among them. Trauma and addiction often bring years of self-neglect, self-blame and putting yourself in harm's way. You deserve amends too.",
      'For each person, you write what happened and what your part was, where you had one. Sometimes your part is clear. Sometimes there was none, because the harm was done to you. Then you write “none”, and that is the honest answer.',
      'Then you notice your willingness. You do not need to be ready for every name yet. Becoming willing takes time, and it starts here, on paper.',
    ],
    whatItIsNot: [
      'This list is not about taking the blame for what others did. It never asks you to make amends to someone who abused you. It is not a plan to contact anyone yet, either. Writing a name down commits you to nothing but honesty.',
    ],
  },
  exercises: [
    {
      id: 's8-e1',
      kind: 'reflection',
      title: 'The amends list',
      howTo: [
        'Start with your own name at the top.',
        'Add the people you have harmed, one at a time. Take breaks whenever you need them.',
        'For each, write briefly what happened.',
        'Write your part where you had one. Where you had none, write “none”.',
      ],
    },
    {
      id: 's8-e2',
      kind: 'reflection',
      title: 'Amends to yourself first',
      howTo: [
        'Write the ways your own patterns have hurt you: neglect, harsh words, risks to your safety.',
        'For each, write what you needed then and did not get.',
        'Note one way you could begin to give it to yourself now.',
      ],
    },
    {
      id: 's8-e3',
      kind: 'reflection',
      title: 'Sorting your willingness',
      howTo: [
        'Read through your list slowly.',
        'Mark each name as the amends list does: willing, becoming willing, or not yet.',
        'For “not yet”, write what is in the way. Fear, anger and safety are all real reasons.',
      ],
    },
  ],
  prompts: [
    {
      id: 's8-p1',
      text: 'What harm have you done to yourself, and what would amends to yourself look like?',
    },
    { id: 's8-p2', text: 'Whose name comes to mind first when you think of people you have hurt?' },
    { id: 's8-p3', text: 'For one person on your list, what was your part, if you had one?' },
    { id: 's8-p4', text: 'Where are you carrying blame that was never yours? Whose is it?' },
    { id: 's8-p5', text: 'What makes you hesitate to become willing with a particular name?' },
    { id: 's8-p6', text: 'What would it feel like to be free of this weight?' },
  ],
  heavy: true,
  pacing:
    'Go gently. You can stop at any point, take a moment to ground yourself, and your list will be here when you come back.',
  tool: 'amends',
};
