import type { StepContent } from './types';

export const step05: StepContent = {
  number: 5,
  title: 'Share with someone you trust',
  promise: 'You let one trusted person hear your truth, and you are no longer alone with it.',
  explanation: {
    whatItIs: [
      'This step is about being heard. You choose someone you trust and share some of what you found in your inventory. Saying it aloud to a caring person can loosen shame in a way that writing alone often cannot.',
      'You choose who. It might be a sponsor, a therapist, a spiritual guide, a close friend, or someone from your group. Look for a person who keeps confidences, listens without rushing to fix, and feels safe to you.',
      'You choose what, and how. You can share all of it or one small part. You can read your words aloud, in person, from a calm reading view, at your own pace. The app never sends or shares anything. The sharing is yours to do.',
    ],
    whatItIsNot: [
      'This is not a confession to be judged, and it is not a test of courage. You never owe anyone every detail of your trauma. If a person does not feel safe, they are not the right listener, and waiting for the right one is part of this step too.',
    ],
  },
  exercises: [
    {
      id: 's5-e1',
      kind: 'reflection',
      title: 'Choosing whom to trust',
      howTo: [
        'List a few people who might listen well.',
        'For each, ask yourself: Do they keep confidences? Do I feel safe with them? Do they listen without judging?',
        'Choose one. If the answer is “not yet”, that is an honest answer.',
        'If no one comes to mind, a therapist or a support group can be a good place to begin.',
      ],
    },
    {
      id: 's5-e2',
      kind: 'plan',
      title: 'What to share, and how',
      howTo: [
        'Mark the parts of your inventory you feel ready to share. Leave the rest for now.',
        'Pick a time and a quiet, private place where you feel at ease.',
        'Decide how you want to begin, and what you need from your listener, such as no advice, only listening.',
        'Plan something kind for yourself afterwards: a walk, a meal, some rest.',
      ],
    },
    {
      id: 's5-e3',
      kind: 'practice',
      title: 'Reading aloud in person',
      howTo: [
        'Open the entries you chose in the reading view.',
        'Sit with your listener and read at your own pace. You can pause or stop at any point.',
        'When you finish, notice how you feel. Let your listener simply be with you.',
        'Later, if you like, write a few lines about what it was like.',
      ],
    },
  ],
  prompts: [
    {
      id: 's5-p1',
      text: 'Who in your life feels safe enough to hear your story? What makes them safe?',
    },
    { id: 's5-p2', text: 'What are you most afraid will happen if you share?' },
    {
      id: 's5-p3',
      text: 'Which part of your inventory are you ready to say aloud, and what can wait?',
    },
    { id: 's5-p4', text: 'What do you need from a listener to feel respected?' },
    { id: 's5-p5', text: 'After you share: what was it like to be heard?' },
    { id: 's5-p6', text: 'Which secret has cost you the most to keep?' },
  ],
  tool: 'reading',
  heavy: true,
  pacing:
    'Go gently. You choose how much to share, and you can stop at any point. Your words will be here when you come back.',
};
