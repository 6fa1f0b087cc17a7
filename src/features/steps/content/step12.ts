import type { StepContent } from './types';

export const step12: StepContent = {
  number: 12,
  title: 'Pay it forward',
  promise: 'Your story and your care can help someone else, when and how you choose.',
  explanation: {
    whatItIs: [
      'This step is about passing on what you have found. As you heal, you may notice that your experience can give hope to someone who is where you once were.',
      'Service can look like sharing your story at a meeting, sitting with someone new, answering a late-night call, volunteering, or simply offering the kindness you once needed. It also means carrying what you have learned in recovery into every part of your life.',
      'Your story belongs to you. You decide what to tell, to whom, and when. Some parts may stay private forever, and that is your right.',
    ],
    whatItIsNot: [
      'This step is not a duty to tell anyone about your trauma, or to rescue others at your own expense. It is not a sign that your own healing is finished. You can give and still need support. Looking after yourself is what keeps you able to help.',
    ],
  },
  exercises: [
    {
      id: 's12-e1',
      kind: 'reflection',
      title: 'Your story, your way',
      howTo: [
        'Write a short version of your story: what it was like, what helped, and what it is like now.',
        'Mark the parts you might share and the parts that stay private.',
        'Read it back and notice how far you have come.',
      ],
    },
    {
      id: 's12-e2',
      kind: 'plan',
      title: 'Choosing a way to serve',
      howTo: [
        'List a few ways you could help that match your energy and time.',
        'Choose one small thing to try this month.',
        'Note the limits that keep you well, like how often and for how long.',
      ],
    },
    {
      id: 's12-e3',
      kind: 'letter',
      title: 'A letter to someone just starting',
      howTo: [
        'Picture someone at the very start of their recovery.',
        'Write what you wish someone had told you then.',
        'Keep it, or share it one day, if and when you choose.',
      ],
    },
  ],
  prompts: [
    { id: 's12-p1', text: 'What has recovery given you that you would like to pass on?' },
    { id: 's12-p2', text: 'What would you want someone just starting out to know?' },
    {
      id: 's12-p3',
      text: 'Which parts of your story feel right to share, and which do you keep for yourself?',
    },
    { id: 's12-p4', text: 'What kind of service fits your life and energy right now?' },
    { id: 's12-p5', text: 'How do you look after yourself while you help others?' },
    { id: 's12-p6', text: 'Looking back over all twelve steps, what are you most proud of?' },
  ],
  tool: 'service',
};
