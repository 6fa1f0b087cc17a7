import { msg } from '../../core/i18n/language';

/** Lines the amends screens share, in the voice of ../../../../shared/VOICE.md; each screen says
 * them through `t` when it draws them. */

/** Before heavy work: one gentle line about pacing and the option to pause. */
export const PACING = msg(
  'Go gently. Amends can stir up a lot. Take only what feels possible today; you can pause at any time, and what you write stays here, saved on this device.',
);

export const PAUSE_LABEL = msg('Take a pause with Help now');

/** Said plainly wherever a letter or a person is: the app reaches no one. */
export const NEVER_SENT = msg(
  'Stepwork never contacts anyone. Nothing here is sent, shared or e-mailed, by you or for you.',
);

export const HARM_CHECK_THANKS = msg('Thank you for thinking this through with care.');

/** Said after the harm check only when the chosen way fits the answers about safety. */
export const HARM_CHECK_EFFORT = msg(
  'Thank you for thinking this through with care. Choosing a safe way is itself part of the amends.',
);

export const LETTER_EFFORT = msg(
  'You put something true into words. That takes courage, and you did it.',
);

export const RELEASE_EFFORT = msg(
  'You let it go. Whatever you carried into this letter, you do not have to carry it in the same way now.',
);

export const SELF_EFFORT = msg('Being kind to yourself is real work. It counts, every time.');

export const WORKSHEET_EFFORT = msg(
  'Knowing what you value and how you will protect it is strength. It is kept here for when you need it.',
);
