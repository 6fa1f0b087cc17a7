import type { StepContent } from './types';

export const step03: StepContent = {
  number: 3,
  title: 'Surrender to growth',
  promise: 'You open yourself to help and to change, and you do not walk this alone.',
  explanation: {
    whatItIs: [
      'This step is about opening your hands. After a long time of holding everything together on your own, you let help in. That help might come from a higher power, if that fits for you, or from the people and the life around you: a sponsor, a therapist, a group, a friend, your own inner wisdom.',
      'Surrender here means choosing growth over control. You decide to keep showing up for your recovery, one day at a time, and to let others walk beside you.',
      'It can be as simple as one honest sentence: “I am willing to try another way.”',
    ],
    whatItIsNot: [
      'Surrender is not submission. It does not mean handing yourself over to anyone who would hurt you, keeping quiet, or giving up your boundaries. It does not require any religion. You stay in charge of your own life. You choose who and what to trust, and you can change your mind.',
    ],
  },
  exercises: [
    {
      id: 's3-e1',
      kind: 'reflection',
      title: 'Your circle of support',
      howTo: [
        'Draw a small circle with your name in the middle.',
        'Around it, write the people, groups and places that help you, even a little.',
        'Mark the ones you could reach out to this week.',
        'Notice any gaps. You can come back and add names later.',
      ],
    },
    {
      id: 's3-e2',
      kind: 'practice',
      title: 'Your own words of willingness',
      howTo: [
        'Write one or two sentences that say you are open to help and to change.',
        'Use your own words. You can address them to a higher power, to life, to yourself, or to no one at all.',
        'If it helps, read them aloud each morning for a week.',
        'Change the words whenever they stop feeling true.',
      ],
    },
    {
      id: 's3-e3',
      kind: 'visualization',
      title: 'Setting down the load',
      howTo: [
        'Picture what you have been carrying as a heavy bag.',
        'Imagine setting it down beside someone you trust, just for a moment.',
        'Notice how your shoulders and your breath feel.',
        'Write what you noticed. You can pick the bag back up any time you like.',
      ],
    },
  ],
  prompts: [
    { id: 's3-p1', text: 'What have you been trying to hold together on your own?' },
    { id: 's3-p2', text: 'What makes it hard for you to accept help? Where did you learn that?' },
    { id: 's3-p3', text: 'Who or what do you trust enough to let in, even a little?' },
    { id: 's3-p4', text: 'What does surrender mean to you, and what does it not mean?' },
    { id: 's3-p5', text: 'What is one change you are willing to try this week?' },
    { id: 's3-p6', text: 'When you imagine not walking this alone, what feels different?' },
  ],
};
