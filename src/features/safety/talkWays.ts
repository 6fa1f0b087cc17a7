// Apart from the talks' repository so the export's labels can come through safety's index
// without bringing the repository to the first screen.

import { msg } from '../../core/i18n/language';

export const TALK_WAYS = ['call', 'text', 'in-person', 'other'] as const;
export type TalkWay = (typeof TALK_WAYS)[number];
/** Drawn through `t`. */
export const WAY_LABELS: Record<TalkWay, string> = {
  call: msg('A call'),
  text: msg('Messages'),
  'in-person': msg('In person'),
  other: msg('Another way'),
};
