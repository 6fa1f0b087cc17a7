import type { StepContent } from './types';

export const step10: StepContent = {
  number: 10,
  title: 'Keep growing',
  promise: 'A few minutes each day help you notice, adjust and keep going.',
  explanation: {
    whatItIs: [
      'This step turns the work of the earlier steps into a daily rhythm. Each day, you take a short, kind look at how you are: what you felt, what went well, and what you would like to do differently next time.',
      'A daily check-in can include HALT: are you hungry, angry, lonely or tired? It can include the triggers and cravings you noticed, one thing you are grateful for, and one small win. Over time, these small notes show you your patterns and your progress.',
      'When you notice you have hurt someone, you can name it and repair it soon, before it grows. When you notice something good, you can let yourself enjoy it.',
    ],
    whatItIsNot: [
      'This is not a daily exam, and there is no streak to keep alive. Missing a day changes nothing about your recovery. A hard day is not a step backwards. It is information, and you can meet it with care.',
    ],
  },
  exercises: [
    {
      id: 's10-e1',
      kind: 'practice',
      title: 'The daily check-in',
      howTo: [
        'Pick a time that suits you, morning or evening.',
        'Check HALT: hungry, angry, lonely, tired. Note any that are there.',
        'Note any triggers or cravings, one thing you are grateful for, and one small win.',
        'It takes two minutes. Some days, one word is enough.',
      ],
    },
    {
      id: 's10-e2',
      kind: 'reflection',
      title: 'An evening review',
      howTo: [
        'Look back on your day, gently.',
        'What went well? What are you glad you did?',
        'What would you like to do differently next time?',
        'Is there anything to set right, with someone else or with yourself?',
      ],
    },
    {
      id: 's10-e3',
      kind: 'reflection',
      title: 'Looking back over a month',
      howTo: [
        'Once a month, read through your check-ins.',
        'Notice what repeats: times of day, people, places, feelings.',
        'Write one thing you have learned and one change you would like to try.',
      ],
    },
  ],
  prompts: [
    { id: 's10-p1', text: 'How are you, really, right now?' },
    { id: 's10-p2', text: 'What went well today, even something small?' },
    { id: 's10-p3', text: 'What would you do differently if today came around again?' },
    { id: 's10-p4', text: 'Are you hungry, angry, lonely or tired? What would help?' },
    { id: 's10-p5', text: 'Did anything trigger you today? What helped you through it?' },
    {
      id: 's10-p6',
      text: 'Is there anything you would like to set right, with someone else or with yourself?',
    },
    { id: 's10-p7', text: 'What are you grateful for today?' },
  ],
  tool: 'checkin',
};
