import type { StepContent } from './types';

export const step06: StepContent = {
  number: 6,
  title: 'Release resentment',
  promise: 'You loosen the hold of anger, so the past takes up less room in your life.',
  explanation: {
    whatItIs: [
      'This step is about letting go, a little at a time, of resentments that keep hurting you. Anger often has good reasons. It can tell you a line was crossed, and it may have protected you from more harm. Over time, though, carrying it can cost you sleep, peace and health.',
      'Here you look at what you still hold and ask whether you are ready to set some of it down. Forgiveness, if you choose it, is for your own freedom. It can come slowly, in pieces, and it can include forgiving yourself.',
      'For many people in addiction recovery, resentment is a trigger. As its grip loosens, the urge to use can grow quieter too.',
    ],
    whatItIsNot: [
      'Releasing resentment is not excusing harm. It does not mean what happened was okay, that you reconcile with anyone, or that you let a person back into your life. You can forgive and still keep a firm boundary. You can also decide you are not ready to forgive yet. That is your choice.',
    ],
  },
  exercises: [
    {
      id: 's6-e1',
      kind: 'reflection',
      title: 'What the anger protects',
      howTo: [
        'Choose one resentment from your inventory.',
        'Write what the anger has done for you: what it guarded, and what it helped you survive.',
        'Then write what it costs you now.',
        'Notice what you would like to keep, like a boundary, and what you are ready to loosen.',
      ],
    },
    {
      id: 's6-e2',
      kind: 'letter',
      title: 'An unsent letter of release',
      howTo: [
        'Write to the person or the situation, knowing you will never send it.',
        'Say what happened and how it affected you, fully and honestly.',
        'End with what you are choosing to set down, even if it is only a small part.',
        'Keep the letter, close it, or delete it. The choice is yours.',
      ],
    },
    {
      id: 's6-e3',
      kind: 'visualization',
      title: 'Opening your hand',
      howTo: [
        'Make a fist and hold it for a few breaths. Notice the effort it takes.',
        'Slowly open your hand as you breathe out.',
        'Picture one resentment resting in your open palm, no longer squeezed.',
        'Notice what changes in your body, and write a line about it.',
      ],
    },
  ],
  prompts: [
    { id: 's6-p1', text: 'Which resentment takes up the most room in your mind today?' },
    { id: 's6-p2', text: 'What has holding on to this anger given you? What has it cost you?' },
    { id: 's6-p3', text: 'What does forgiveness mean to you, and what does it not mean?' },
    { id: 's6-p4', text: 'Where might you be holding a resentment toward yourself?' },
    { id: 's6-p5', text: 'Which boundary do you want to keep, even as you let some anger go?' },
    { id: 's6-p6', text: 'How does resentment show up as a trigger or a craving for you?' },
  ],
};
