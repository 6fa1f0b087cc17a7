import { describeSaveError } from '../../lib/errors';
import { TodayInputError } from './inputError';

/** A refusal from a repository is already in plain words; anything else gets the save wording. */
export function repoMessage(error: unknown): string {
  return error instanceof TodayInputError ? error.message : describeSaveError(error);
}
