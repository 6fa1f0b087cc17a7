// Apart from the talks' repository so the export's labels can come through safety's index
// without bringing the repository to the first screen.
// Plain English data, drawn through t() by the screens; not msg(): importing the language module
// here moved this file out of its own small chunk into the first screen's code (about 0.4 KB
// gzip). tests/components/spanishSafety.test.tsx checks each of these has its Spanish.

export const TALK_WAYS = ['call', 'text', 'in-person', 'other'] as const;
export type TalkWay = (typeof TALK_WAYS)[number];
export const WAY_LABELS: Record<TalkWay, string> = {
  call: 'A call',
  text: 'Messages',
  'in-person': 'In person',
  other: 'Another way',
};

/** The name stored for a talk saved without one (talksRepo.ts): the app's word, not the person's,
 * so screens and exports say it in the person's language; the record keeps it as it is. */
export const UNNAMED_TALK = 'Someone';
