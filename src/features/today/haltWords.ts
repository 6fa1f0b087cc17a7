import { msg } from '../../core/i18n/language';
import type { HaltKey } from './checkinRepo';

/** The four HALT words, as the check-in's boxes name them; screens pass them to `t`. */
export const HALT_LABELS: Record<HaltKey, string> = {
  hungry: msg('Hungry'),
  angry: msg('Angry'),
  lonely: msg('Lonely'),
  tired: msg('Tired'),
};
