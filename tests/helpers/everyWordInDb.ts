import { db, type SealedTableName } from '../../src/db/db';
import type { SealedRecord } from '../../src/db/types';
import { openFields } from '../../src/core/sealing';

/**
 * Everything the database holds, as text: every row of every table in the clear, and every
 * sealed record opened with the session key. A word that survives anywhere, even sealed,
 * shows up here.
 */
export async function everyWordInDb(): Promise<string> {
  const parts: string[] = [];
  for (const table of db.tables) {
    for (const row of await table.toArray()) {
      parts.push(`${table.name}: ${JSON.stringify(row)}`);
      const sealed = (row as Partial<SealedRecord>).sealed;
      // The key rows and the document-id secret are this device's, not anybody's words.
      if (sealed && table.name !== 'keys' && table.name !== 'idKeys') {
        const words = await openFields(table.name as SealedTableName, row as SealedRecord);
        parts.push(JSON.stringify(words));
      }
    }
  }
  return parts.join('\n');
}
