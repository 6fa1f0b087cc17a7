import type { StepContent } from './types';

export const step09: StepContent = {
  number: 9,
  title: 'Make amends where it is safe',
  promise: 'You repair what you can, in ways that keep you and others safe.',
  explanation: {
    whatItIs: [
      'This step is about repair. You make amends to yourself and to others, except when doing so would cause harm to them, to you, or to anyone else.',
      'Amends take different shapes. Direct amends mean speaking with a person and naming what you did, without excuses. Indirect amends help when contact is not possible or wise, such as giving time to a cause that matters to them. Living amends mean changing how you act from now on. Unsent letters let you say everything and keep it private.',
      'Boundaries and accountability belong together here. You take responsibility for your part, and you protect yourself as you do it. Amends to yourself can look like keeping promises to yourself, resting, and treating your body with care.',
    ],
    whatItIsNot: [
      'Amends are not a way to reopen contact with someone who is unsafe. You never need to face a person who abused you. Amends do not depend on being forgiven, or on how the other person responds. You offer what is yours to offer. The rest is not yours to carry.',
    ],
  },
  exercises: [
    {
      id: 's9-e1',
      kind: 'plan',
      title: 'Planning an amends',
      howTo: [
        'Choose one name from your amends list that you marked “Willing”.',
        'Decide which kind of amends fits: direct, indirect, living, or an unsent letter.',
        'Ask yourself: could this hurt them, me or anyone else? If it could, choose another way.',
        'If you can, talk the plan through with someone you trust before you act.',
      ],
    },
    {
      id: 's9-e2',
      kind: 'letter',
      title: 'An unsent letter',
      howTo: [
        'Write to the person as if they will read it, knowing they never will.',
        'Name what happened and your part in it, plainly.',
        'Say what you would like to change, or how you are living differently now.',
        'Keep the letter here. Nothing is ever sent.',
      ],
    },
    {
      id: 's9-e3',
      kind: 'practice',
      title: 'Living amends and boundaries',
      howTo: [
        'Choose one change in how you act that repairs a harm, like showing up on time or speaking calmly.',
        'Write one boundary that protects you while you make that change.',
        'Each evening for a week, note how the change and the boundary went.',
      ],
    },
  ],
  prompts: [
    { id: 's9-p1', text: 'What amends do you owe yourself, and how could you begin today?' },
    {
      id: 's9-p2',
      text: 'For one person on your list, which kind of amends feels safe and right?',
    },
    {
      id: 's9-p3',
      text: 'Is there anyone you might harm by reaching out? What could you do instead?',
    },
    { id: 's9-p4', text: 'What would you like to say, if you knew you would be heard?' },
    {
      id: 's9-p5',
      text: 'Which boundary do you need in place before, during or after making amends?',
    },
    { id: 's9-p6', text: 'After an amends: how did it go, and how do you feel now?' },
    { id: 's9-p7', text: 'What does living your amends look like, day to day?' },
  ],
  heavy: true,
  pacing:
    'Go gently. You can stop at any point, take a moment to ground yourself, and your words will be here when you come back.',
  tool: 'letters',
};
