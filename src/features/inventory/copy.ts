import { msg } from '../../core/i18n/language';

/** Lines the inventory screens share, in the voice of ../../../../shared/VOICE.md. In English:
 * a screen says them through `t`. */

/** Before heavy work: one gentle line about pacing and the option to pause. */
export const PACING = msg(
  'Go gently. Take only what feels possible today. You can pause at any time, and what you have written stays here, saved on this device.',
);

export const PAUSE_LABEL = msg('Take a pause with Help now');

/** After the work: a line that acknowledges the effort. */
export const EFFORT = msg(
  'Thank you for sitting with what you feel. Naming it honestly takes courage, and you did it.',
);

export const LETTER_EFFORT = msg(
  'Writing to yourself with kindness is real work. Your letter is kept here for the days you need it.',
);
