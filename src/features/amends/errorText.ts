import { describeSaveError } from '../../lib/errors';
import { AmendsInputError } from './types';

/** A repository's own refusal is already plain words; anything else gets the shared wording. */
export function errorText(error: unknown): string {
  return error instanceof AmendsInputError ? error.message : describeSaveError(error);
}
