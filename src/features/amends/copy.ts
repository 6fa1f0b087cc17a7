/** Lines the amends screens share, in the voice of ../../../../shared/VOICE.md. */

/** Before heavy work: one gentle line about pacing and the option to pause. */
export const PACING =
  'Go gently. Amends can stir up a lot. Take only what feels possible today; you can pause at any time, and what you write stays here, saved on this device.';

export const PAUSE_LABEL = 'Take a pause with Help now';

/** Said plainly wherever a letter or a person is: the app reaches no one. */
export const NEVER_SENT =
  'Stepwork never contacts anyone. Nothing here is sent, shared or e-mailed, by you or for you.';

export const HARM_CHECK_THANKS = 'Thank you for thinking this through with care.';

/** Said after the harm check only when the chosen way fits the answers about safety. */
export const HARM_CHECK_EFFORT = `${HARM_CHECK_THANKS} Choosing a safe way is itself part of the amends.`;

export const LETTER_EFFORT =
  'You put something true into words. That takes courage, and you did it.';

export const RELEASE_EFFORT =
  'You let it go. Whatever you carried into this letter, you do not have to carry it in the same way now.';

export const SELF_EFFORT = 'Being kind to yourself is real work. It counts, every time.';

export const WORKSHEET_EFFORT =
  'Knowing what you value and how you will protect it is strength. It is kept here for when you need it.';
