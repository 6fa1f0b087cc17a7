import { t } from '../../core/i18n/language';
import { AmendsInputError } from './types';

/** Far beyond what a person writes by hand into one box; stops a runaway paste filling the disk. */
export const MAX_FIELD_CHARS = 100_000;

/** `what` is the box's name in English (`msg`), said in the person's language if it is refused. */
export function text(value: unknown, what: string): string {
  if (value === undefined) return '';
  if (typeof value !== 'string')
    throw new AmendsInputError(t('{what} is text.', { what: t(what) }));
  if (value.length > MAX_FIELD_CHARS) {
    throw new AmendsInputError(
      t(
        '{what} is longer than Stepwork can keep in one box. A journal entry has room for the rest.',
        {
          what: t(what),
        },
      ),
    );
  }
  return value;
}

export function requireId(id: unknown): string {
  if (typeof id !== 'string' || id.length === 0) throw new AmendsInputError(t('This needs an id.'));
  return id;
}

export function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  message: string,
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new AmendsInputError(message);
}
