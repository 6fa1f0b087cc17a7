// Apart from the talks' repository so the export's labels can come through safety's index
// without bringing the repository to the first screen.

export const TALK_WAYS = ['call', 'text', 'in-person', 'other'] as const;
export type TalkWay = (typeof TALK_WAYS)[number];
export const WAY_LABELS: Record<TalkWay, string> = {
  call: 'A call',
  text: 'Messages',
  'in-person': 'In person',
  other: 'Another way',
};
