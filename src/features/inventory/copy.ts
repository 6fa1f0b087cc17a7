/** Lines the inventory screens share, in the voice of ../../../../shared/VOICE.md. */

/** Before heavy work: one gentle line about pacing and the option to pause. */
export const PACING =
  'Go gently. Take only what feels possible today. You can pause at any time, and what you have written stays here, saved on this device.';

export const PAUSE_LABEL = 'Take a pause with Help now';

/** After the work: a line that acknowledges the effort. */
export const EFFORT =
  'Thank you for sitting with what you feel. Naming it honestly takes courage, and you did it.';

export const LETTER_EFFORT =
  'Writing to yourself with kindness is real work. Your letter is kept here for the days you need it.';
