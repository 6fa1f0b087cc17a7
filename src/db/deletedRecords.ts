import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';

/**
 * Records deleted for good in this session, by table and id, in memory only. An editor that was
 * open on a record can still send one last autosave as it closes (or a save can be on its way
 * while the person takes the record off a list); the database itself refuses to create such a
 * record again, so no repository has to remember to ask (`guardDeletedRecords`).
 */
const deleted = new Set<string>();

const keyOf = (table: string, id: string) => `${table}\u0000${id}`;

function wasDeleted(table: string, id: string): boolean {
  return deleted.has(keyOf(table, id));
}

/** A new session's memory: for a journal started afresh (a test's new database). */
export function forgetDeletedRecords(): void {
  deleted.clear();
}

/**
 * Runs a deletion for good: the records count as deleted from before it starts (so a save
 * queued behind it cannot slip in after), and not at all if it fails.
 */
export async function deletingForGood<T>(
  table: string,
  ids: readonly string[],
  run: () => Promise<T>,
): Promise<T> {
  const keys = ids.map((id) => keyOf(table, id)).filter((key) => !deleted.has(key));
  for (const key of keys) deleted.add(key);
  try {
    return await run();
  } catch (error) {
    for (const key of keys) deleted.delete(key);
    throw error;
  }
}

function idOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * A Dexie middleware: a single put or add of a record deleted for good in this session is
 * answered as done and written nowhere. Bulk writes (a backup the person chose to bring in, a
 * new data key) write what they were given.
 */
export const guardDeletedRecords: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'deleted-records-guard',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
          if ((req.type === 'put' || req.type === 'add') && req.values.length === 1) {
            const id = idOf(req.values[0]);
            if (id !== undefined && wasDeleted(name, id)) {
              return Promise.resolve({
                numFailures: 0,
                failures: {},
                results: [id],
                lastResult: id,
              });
            }
          }
          return table.mutate(req);
        },
      };
    },
  }),
};
