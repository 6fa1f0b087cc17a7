import { msg } from '../../core/i18n/language';
import type { AmendsStatus, LetterStatus, Willingness } from './types';

// English words kept as data: a screen (or an export) says them through `t` when it draws them.

export const STATUS_LABELS: Record<AmendsStatus, string> = {
  listed: msg('Listed'),
  planning: msg('Planning'),
  made: msg('Made'),
  'set-aside': msg('Set aside for safety'),
};

export const WILLINGNESS_LABELS: Record<Willingness, string> = {
  'not-yet': msg('Not yet'),
  becoming: msg('Becoming willing'),
  willing: msg('Willing'),
};

export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  draft: msg('Draft'),
  finished: msg('Finished'),
  sealed: msg('Sealed'),
  released: msg('Released'),
};
