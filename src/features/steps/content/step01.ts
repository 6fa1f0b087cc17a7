import type { StepContent } from './types';

export const step01: StepContent = {
  number: 1,
  title: 'Admit powerlessness',
  promise: 'Naming what was beyond your control begins to loosen its hold on you.',
  explanation: {
    whatItIs: [
      'This step is about telling the truth about what happened and what it has done to your life. Some things were beyond your control: what someone did to you, what you lived through, how a substance or a habit took hold. Here you name them, in your own words, at your own pace.',
      'What happened to you was not your fault. You did not cause it, and you did not deserve it. The ways you found to survive made sense at the time, even the ones that hurt you now.',
      'Admitting powerlessness is not giving up. It is setting down a fight you could never win alone, so your strength can go where it can help.',
    ],
    whatItIsNot: [
      'It is not a verdict on who you are. It does not say you are broken, or that you are to blame for harm done to you. It does not ask you to relive every detail, either. You choose what to name and when, and you can stop at any time.',
    ],
  },
  exercises: [
    {
      id: 's1-e1',
      kind: 'reflection',
      title: 'Beyond your control, within your reach',
      howTo: [
        'Find a quiet moment and a place where you feel safe enough.',
        'Make two columns: “beyond my control” and “within my reach today”.',
        'In the first, name what happened, what others did, and what took hold of you. Only what you are ready to name.',
        'In the second, note one or two small things you can tend today, like rest, food or a call to someone.',
        'Read the first column back. If it feels true, say to yourself: “This was not my fault.”',
      ],
    },
    {
      id: 's1-e2',
      kind: 'letter',
      title: 'A note to the one who survived',
      howTo: [
        'Picture yourself at a hard time you remember, only as closely as feels okay.',
        'Write a few lines to that younger you. You might begin with “You did what you could.”',
        'Thank them for one way they kept going.',
        'Close the note whenever you like. It stays private, and you can come back to it later.',
      ],
    },
    {
      id: 's1-e3',
      kind: 'practice',
      title: 'Noticing the pull',
      howTo: [
        'For one day, notice each time you feel pulled toward a drink, a drug or a habit that hurts you.',
        'Jot down the time and what was happening. No judging, only noticing.',
        'In the evening, read it back. What do you see?',
      ],
    },
  ],
  prompts: [
    {
      id: 's1-p1',
      text: 'What happened that was beyond your control? Write only as much as feels okay today.',
    },
    {
      id: 's1-p2',
      text: 'What would it mean to believe, even a little, that it was not your fault?',
    },
    { id: 's1-p3', text: 'What have you used to cope, and what has each way of coping cost you?' },
    {
      id: 's1-p4',
      text: 'Where in your life do things feel like they have slipped out of your hands?',
    },
    { id: 's1-p5', text: 'What are you tired of fighting alone?' },
    {
      id: 's1-p6',
      text: 'If a dear friend told you your story, what would you want them to hear from you?',
    },
  ],
};
