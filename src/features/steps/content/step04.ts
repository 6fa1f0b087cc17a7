import type { StepContent } from './types';

export const step04: StepContent = {
  number: 4,
  title: 'Inventory your emotions',
  promise: 'You look honestly and kindly at what you feel, and begin to understand it.',
  explanation: {
    whatItIs: [
      'This step is an honest look at your inner world. You write down what you feel, what you resent, what you fear, and where harm has happened, in both directions. The aim is understanding, not judgment.',
      'Many feelings have long roots. Anger, shame and fear often began as ways of coping with something that was too much. Seeing them on the page helps you notice patterns: what sets them off, what they protect, and what they cost you.',
      'In the resentment, fear and harms inventory, some entries are about things you did. Others are about things that were done to you. You can mark those “this was done to me” and leave your part empty, because there was none.',
    ],
    whatItIsNot: [
      'This is not a list of everything wrong with you. It is not a trial, and you are not the accused. You do not have to finish it in one sitting, or in any order. Take what feels possible today and leave the rest for later.',
    ],
  },
  exercises: [
    {
      id: 's4-e1',
      kind: 'reflection',
      title: 'The emotion inventory',
      howTo: [
        'Pick a recent day or week you remember well.',
        'List the feelings you noticed. Use your own words, or a list of feelings if names are hard to find.',
        'Next to each one, note where you felt it in your body and what was happening.',
        'Gently look for patterns. Which feelings come often? Which ones hide behind others?',
      ],
    },
    {
      id: 's4-e2',
      kind: 'reflection',
      title: 'Resentments, fears and harms',
      howTo: [
        'Choose one person, situation or memory to start with. Small is fine.',
        'Write what happened, how it affected you, and how you feel about it now.',
        'If this was done to you, mark it “this was done to me”. Your part stays empty.',
        'If you had a part, name it plainly, without punishing yourself.',
        'Stop whenever you need to. Each entry is complete on its own.',
      ],
    },
    {
      id: 's4-e3',
      kind: 'letter',
      title: 'A letter to yourself',
      howTo: [
        'After some inventory work, write a letter to yourself as you are now.',
        'Tell yourself what you noticed, and what it took to look.',
        'Offer yourself the kindness you would offer a friend who did this work.',
        'Keep it for the days when the inventory feels heavy.',
      ],
    },
  ],
  prompts: [
    { id: 's4-p1', text: 'Which feelings visit you most often? Name as many as you can.' },
    {
      id: 's4-p2',
      text: 'Which feeling is hardest for you to admit to, and what might it protect?',
    },
    { id: 's4-p3', text: 'Who or what do you still carry anger toward? What happened?' },
    { id: 's4-p4', text: 'What are you afraid of, now or for the future?' },
    { id: 's4-p5', text: 'What was done to you that still shapes how you live today?' },
    {
      id: 's4-p6',
      text: 'Where have your ways of coping hurt you or others? Name your part only where you had one.',
    },
    { id: 's4-p7', text: 'What patterns do you notice when you read back what you have written?' },
    { id: 's4-p8', text: 'What strengths helped you survive, and still help you now?' },
  ],
  heavy: true,
  pacing:
    'Go gently. You can stop at any point, take a moment to ground yourself, and your words will be here when you come back.',
  tool: 'inventory',
};
