import { t } from '../../core/i18n/language';
import { InputError } from '../../lib/errors';

/** Input a Today repository refused, with a message a person can read as it is: each is written
 * in the person's language where it is thrown. */
export class TodayInputError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'TodayInputError';
  }
}

/** Long enough for any answer written by hand; stops a runaway paste from filling the disk. */
export const MAX_TEXT_CHARS = 20_000;

/** `what` names the answer in English, marked with msg(); it is said through `t`. */
export function checkText(value: unknown, what: string): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') throw new TodayInputError(t('{what} is text.', { what: t(what) }));
  if (value.length > MAX_TEXT_CHARS) {
    throw new TodayInputError(
      t(
        '{what} is longer than Stepwork can keep in one piece. A journal entry has all the room you need.',
        { what: t(what) },
      ),
    );
  }
  return value;
}

export function checkInteger(value: unknown, min: number, max: number, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new TodayInputError(
      t('{what} is a whole number from {min} to {max}.', { what: t(what), min, max }),
    );
  }
  return value;
}
