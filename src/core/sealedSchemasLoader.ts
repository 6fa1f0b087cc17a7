import type { SealedTableName } from '../db/db';
import type { ShapeCheck } from '../db/sealedSchemas';

type Schemas = typeof import('../db/sealedSchemas');

let loaded: Schemas | undefined;
let loading: Promise<Schemas> | undefined;

/**
 * The sealed records' schemas (db/sealedSchemas.ts, with valibot) are not part of the first
 * screen's code: they load once, started as the journal opens (beforeJournalOpens), beside the
 * reading of its key, so they are in place before the first record is opened or sealed. A load
 * that fails (a network gone before the service worker had the file) is tried again next time.
 */
export function loadSealedSchemas(): Promise<Schemas> {
  loading ??= import('../db/sealedSchemas').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** checkSealedShape (db/sealedSchemas.ts), once the schemas are here. */
export async function checkSealedShape(
  table: SealedTableName,
  id: string,
  value: unknown,
): Promise<ShapeCheck> {
  return (loaded ?? (await loadSealedSchemas())).checkSealedShape(table, id, value);
}
