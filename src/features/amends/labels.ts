import type { AmendsStatus, LetterStatus, Willingness } from './types';

export const STATUS_LABELS: Record<AmendsStatus, string> = {
  listed: 'Listed',
  planning: 'Planning',
  made: 'Made',
  'set-aside': 'Set aside for safety',
};

export const WILLINGNESS_LABELS: Record<Willingness, string> = {
  'not-yet': 'Not yet',
  becoming: 'Becoming willing',
  willing: 'Willing',
};

export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  draft: 'Draft',
  finished: 'Finished',
  sealed: 'Sealed',
  released: 'Released',
};
