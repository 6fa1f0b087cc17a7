import type { SealedTableName } from '../../db/db';
import type { Sealed, SealedRecord } from '../../db/types';
import { open, seal } from './crypto';
import { currentKey } from './vaultStore';

/** Seals a record's private fields with the session key. Repositories call this, nothing else. */
export function sealFields(table: SealedTableName, id: string, fields: unknown): Promise<Sealed> {
  return seal(currentKey(), table, id, fields);
}

export function openFields<T>(table: SealedTableName, row: SealedRecord): Promise<T> {
  return open<T>(currentKey(), table, row.id, row.sealed);
}
