import type { StepContent } from './types';

export const step11: StepContent = {
  number: 11,
  title: 'Cultivate connection',
  promise: 'You grow the people, groups and practices that bring meaning and steady you.',
  explanation: {
    whatItIs: [
      'This step is about connection: with yourself, with others, and with whatever gives your life meaning. Trauma and addiction both tend to isolate. Recovery grows in company.',
      'Connection takes many forms. It might be prayer or meditation, if those speak to you. It might be a walk outside, music, art, a support group, a faith community, or a friend you call each week. A higher power, if that fits for you, or the people and the life around you: you choose the words and the practices.',
      'Here you notice what already nourishes you and make more room for it. Small, regular practices often help more than big gestures.',
    ],
    whatItIsNot: [
      'This step does not require any belief or religion. It is not about finding the right way to pray or meditate. If being with people feels hard after what you have lived through, you can start small and go at your own pace. Connection built slowly and safely still counts.',
    ],
  },
  exercises: [
    {
      id: 's11-e1',
      kind: 'practice',
      title: 'A few quiet minutes',
      howTo: [
        'Find a spot where you feel safe and reasonably comfortable.',
        'Keep your eyes open or closed, whichever feels better.',
        'Breathe slowly and notice five things you can hear, see or feel.',
        'Stay for two to five minutes, or stop sooner if you need to.',
      ],
    },
    {
      id: 's11-e2',
      kind: 'reflection',
      title: 'Mapping your connections',
      howTo: [
        'Write the people, groups, places and practices that bring you meaning or calm.',
        'Beside each, note how often you turn to it now.',
        'Circle one you would like more of, and one new thing you are curious to try.',
      ],
    },
    {
      id: 's11-e3',
      kind: 'plan',
      title: 'One connection this week',
      howTo: [
        'Choose one person or group to reach out to this week.',
        'Decide how: a message, a call, a meeting, a walk together.',
        'Afterwards, note how it felt, without grading it.',
      ],
    },
  ],
  prompts: [
    {
      id: 's11-p1',
      text: 'When do you feel most connected: to yourself, to others, or to something larger?',
    },
    { id: 's11-p2', text: 'Which people, groups or places help you feel steady?' },
    {
      id: 's11-p3',
      text: 'Which practices bring you calm or meaning? What would you like to try?',
    },
    { id: 's11-p4', text: 'What makes connection hard for you right now?' },
    {
      id: 's11-p5',
      text: 'What, if anything, does a higher power mean to you today? Every answer is welcome here, including “nothing”.',
    },
    { id: 's11-p6', text: 'Who would you like to be closer to, and what small step could help?' },
  ],
  tool: 'connection',
};
