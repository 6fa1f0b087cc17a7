import { describeSaveError } from '../../lib/errors';
import { InventoryInputError } from './types';

/** A repository's own refusal is already plain words; anything else gets the shared wording. */
export function errorText(error: unknown): string {
  return error instanceof InventoryInputError ? error.message : describeSaveError(error);
}
