import { AmendsInputError } from './types';

/** Far beyond what a person writes by hand into one box; stops a runaway paste filling the disk. */
export const MAX_FIELD_CHARS = 100_000;

export function text(value: unknown, what: string): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') throw new AmendsInputError(`${what} is text.`);
  if (value.length > MAX_FIELD_CHARS) {
    throw new AmendsInputError(
      `${what} is longer than Stepwork can keep in one box. A journal entry has room for the rest.`,
    );
  }
  return value;
}

export function requireId(id: unknown): string {
  if (typeof id !== 'string' || id.length === 0) throw new AmendsInputError('This needs an id.');
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
