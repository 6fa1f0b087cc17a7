import type { SealedTableName } from '../db/db';
import { checkSealedShape } from './sealedSchemasLoader';
import type { Sealed, SealedRecord } from '../db/types';
import { open, SealError, seal } from './crypto';
import { currentKey } from './vaultStore';

/**
 * Seals a record's private fields with the session key. Repositories call this, nothing else.
 * Words its own schema would refuse are never sealed: written, they would only ever open as
 * damaged. Each repository checks what a person typed first, in words; reaching this is a bug,
 * and every test that saves a record is a check that the schemas accept what the app writes.
 */
export async function sealFields(
  table: SealedTableName,
  id: string,
  fields: unknown,
): Promise<Sealed> {
  const checked = await checkSealedShape(table, id, fields);
  if (!checked.ok) {
    throw new Error(
      `Stepwork tried to keep words in a shape it does not read (${table}, ${checked.reason}: ${checked.path.join('.')}).`,
    );
  }
  return seal(currentKey(), table, id, fields);
}

/**
 * Words that decrypt but are not in the shape their table holds (from a hand-made backup, or a
 * bug): a SealError, so every repository that already shows an undecryptable record as damaged
 * shows this one the same way, and no screen is handed a number where it expects text.
 */
export class SealedShapeError extends SealError {
  constructor(readonly path: string[]) {
    super();
    this.name = 'SealedShapeError';
  }
}

/** Opens a record's words and checks them against its table's schema (db/sealedSchemas.ts); a
 * missing field comes back filled in as its repository has always read it. */
export async function openFields<T>(table: SealedTableName, row: SealedRecord): Promise<T> {
  const opened = await open<unknown>(currentKey(), table, row.id, row.sealed);
  const checked = await checkSealedShape(table, row.id, opened);
  if (!checked.ok) throw new SealedShapeError(checked.path);
  return checked.value as T;
}
