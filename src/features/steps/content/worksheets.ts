import type { Worksheet, WorksheetField } from './worksheetTypes';

// The worksheets of the step exercises, by exercise id (step01.ts … step12.ts). Kept apart from
// the steps' words so a writer can change an exercise's shape without touching its text, and the
// other way round. Exercises that a tool of the app already holds (the inventories, the amends
// list, letters, the daily check-in with its evening review, the reading view) have none here:
// the step page links to the tool. Field ids are where the words are saved: never rename one.

const text = (id: string, label: string, hint?: string): WorksheetField => ({
  id,
  kind: 'text',
  label,
  ...(hint && { hint }),
});
const list = (id: string, label: string, hint?: string): WorksheetField => ({
  id,
  kind: 'list',
  label,
  ...(hint && { hint }),
});

export const WORKSHEETS: Readonly<Record<string, Worksheet>> = {
  's1-e1': {
    parts: [
      {
        kind: 'columns',
        label: 'Two columns',
        fields: [
          list(
            'beyond',
            'Beyond my control',
            'What happened, what others did, what took hold of you. Only what you are ready to name.',
          ),
          list(
            'within',
            'Within my reach today',
            'One or two small things you can tend today, like rest, food or a call.',
          ),
        ],
      },
      text(
        'readBack',
        'When I read the first column back',
        'If it feels true: “This was not my fault.”',
      ),
    ],
  },
  's1-e2': {
    parts: [
      text(
        'note',
        'My note to the one who survived',
        'You might begin with “You did what you could.”',
      ),
    ],
  },
  's1-e3': {
    parts: [
      list('pulls', 'When I felt the pull', 'The time, and what was happening. Only noticing.'),
      text('evening', 'What I see when I read it back'),
    ],
  },
  's2-e1': {
    parts: [list('details', 'Details I saw', 'Three is plenty. One is enough.')],
  },
  's2-e2': {
    parts: [
      text('whose', 'Whose story I am thinking of'),
      text('hope', 'What gives me hope in it'),
      text('try', 'One thing they did that I might try too'),
    ],
  },
  's2-e3': {
    parts: [
      list(
        'lighter',
        'Moments I felt a little lighter',
        'A laugh, a good meal, a minute of quiet.',
      ),
      text('together', 'Reading them together'),
    ],
  },
  's3-e1': {
    parts: [
      {
        kind: 'circle',
        label: 'My circle of support',
        hint: 'You are in the middle. Add names whenever they come to you.',
        fields: [
          list('near', 'Close by: who I could reach out to this week'),
          list('around', 'Around me: people, groups and places that help, even a little'),
        ],
      },
      text('gaps', 'Gaps I notice'),
    ],
  },
  's3-e2': {
    parts: [
      text(
        'words',
        'My words of willingness',
        'A sentence or two, to a higher power, to life, to yourself or to no one at all.',
      ),
    ],
  },
  's3-e3': {
    parts: [text('noticed', 'What I noticed when I set it down')],
  },
  's5-e1': {
    parts: [
      list('people', 'People who might listen well'),
      text(
        'choice',
        'Whom I choose, for now',
        '“Not yet” is an honest answer. A therapist or a group can be a place to begin.',
      ),
    ],
  },
  's5-e2': {
    parts: [
      text('share', 'What I feel ready to share', 'Leave the rest for now.'),
      text('whenWhere', 'When and where'),
      text('begin', 'How I want to begin, and what I need from my listener'),
      text('afterwards', 'Something kind for afterwards'),
    ],
  },
  's5-e3': {
    parts: [text('like', 'What it was like')],
  },
  's6-e1': {
    parts: [
      text('which', 'The resentment I am looking at'),
      {
        kind: 'columns',
        label: 'What it does for me, and what it costs',
        fields: [
          list('guarded', 'What the anger guarded, and helped me survive'),
          list('costs', 'What it costs me now'),
        ],
      },
      {
        kind: 'columns',
        label: 'What to keep, and what to loosen',
        fields: [
          list('keep', 'What I would like to keep', 'Like a boundary.'),
          list('loosen', 'What I am ready to loosen'),
        ],
      },
    ],
  },
  's6-e2': {
    parts: [
      text('to', 'To', 'A person or a situation. This is never sent.'),
      text('happened', 'What happened, and how it affected me'),
      text('setDown', 'What I am choosing to set down', 'Even a small part is enough.'),
    ],
  },
  's6-e3': {
    parts: [text('body', 'What changed in my body')],
  },
  's7-e1': {
    parts: [
      text('pattern', 'The way of coping I am looking at'),
      text('began', 'When it began, and what it helped me get through'),
      text('costs', 'What it costs me today'),
      text('instead', 'One small thing I could try instead'),
    ],
  },
  's7-e2': {
    parts: [
      {
        kind: 'columns',
        label: 'The critic and the kinder voice',
        fields: [
          list('critic', 'What my inner critic says'),
          list('kinder', 'What a caring friend would say'),
        ],
      },
    ],
  },
  's7-e3': {
    parts: [
      text('help', 'What I could use some help with'),
      text('whom', 'Whom I will ask'),
      text('felt', 'How it felt to ask', 'Whatever the answer was.'),
    ],
  },
  's9-e3': {
    parts: [
      text('change', 'One change in how I act'),
      text('boundary', 'One boundary that protects me while I make it'),
      list('evenings', 'How it went, evening by evening'),
    ],
  },
  's10-e3': {
    parts: [
      list('repeats', 'What repeats', 'Times of day, people, places, feelings.'),
      text('learned', 'One thing I have learned'),
      text('change', 'One change I would like to try'),
    ],
  },
  's11-e1': {
    parts: [list('noticed', 'What I heard, saw or felt')],
  },
  's11-e2': {
    parts: [
      list(
        'connections',
        'What brings me meaning or calm',
        'Beside each, how often you turn to it now.',
      ),
      text('more', 'One I would like more of'),
      text('new', 'One new thing I am curious to try'),
    ],
  },
  's11-e3': {
    parts: [
      text('who', 'Whom I will reach out to'),
      text('how', 'How'),
      text('felt', 'How it felt', 'No grading, only noticing.'),
    ],
  },
  's12-e1': {
    parts: [
      text('before', 'What it was like'),
      text('helped', 'What helped'),
      text('now', 'What it is like now'),
      {
        kind: 'columns',
        label: 'What I share, and what stays mine',
        fields: [list('share', 'Parts I might share'), list('private', 'Parts that stay private')],
      },
    ],
  },
  's12-e2': {
    parts: [
      list('ways', 'Ways I could help', 'That match your energy and time.'),
      text('try', 'One small thing to try this month'),
      text('limits', 'The limits that keep me well', 'How often, and for how long.'),
    ],
  },
  's12-e3': {
    parts: [text('letter', 'My letter to someone just starting')],
  },
};

/** The worksheet of an exercise, or undefined for one a tool holds or that has none. */
export function getWorksheet(exerciseId: string): Worksheet | undefined {
  return Object.hasOwn(WORKSHEETS, exerciseId) ? WORKSHEETS[exerciseId] : undefined;
}
