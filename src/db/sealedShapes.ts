import type { SealedTableName } from './db';

// What the first screen needs of the sealed records' shapes, without valibot: the schemas
// themselves live in sealedSchemas.ts, loaded once, before the first record is opened
// (core/sealedSchemasLoader.ts), so they are not part of the first screen's code.

// Ids of the documents a feature reads; the features' own constants are checked against these
// in tests/unit/sealedShapes.test.ts (db/ imports no feature).
export const DOCUMENT_IDS = {
  safetyPlan: 'safety-plan',
  recoveryDays: 'recovery-days',
  ownFeelings: 'custom-feelings',
  trendDigest: 'emotion-trends',
  selfForgiveness: 'self-amends',
  accountability: 'accountability',
  ownCrisisLines: 'own-crisis-lines',
  meetings: 'meetings',
  talks: 'talks',
  stayingWell: 'staying-well',
} as const;

export const DOCUMENT_PREFIXES = {
  letterToMyself: 'letter-to-myself:',
  careCommitment: 'self-care:',
  careCheckin: 'self-care-log:',
  // One per step exercise, the exercise's id after the prefix (`worksheet:s1-e1`).
  worksheet: 'worksheet:',
} as const;

/**
 * A record kept with no words at all: a released letter left as a note keeps only its dates.
 * It is whole, not damaged, so it opens as empty words, travels in a backup with none, and is
 * written back with none (core/sealedStore.ts, features/backup).
 */
export function keptWithoutWords(table: SealedTableName, clear: object): boolean {
  return table === 'letters' && (clear as { status?: unknown }).status === 'released';
}

/**
 * Fields an older version kept in the clear beside the words and that now live inside them.
 * The database keeps them sealed (core/sealedFieldsRepo.ts moves a journal's old rows once);
 * a backup file still shows them beside the words, where format version 1 has them, so old
 * and new files read alike (features/backup: toRecord and the import's sealing).
 */
export const MOVED_INTO_WORDS: Partial<Record<SealedTableName, readonly string[]>> = {
  amends: ['status'],
};
