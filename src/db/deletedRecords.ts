/**
 * Records deleted for good in this session, by table and id, in memory only. An editor that was
 * open on a record can still send one last autosave as it closes; a repository asks here before
 * creating a record, so that save cannot bring back what the person just deleted.
 */
const deleted = new Set<string>();

const keyOf = (table: string, id: string) => `${table}\u0000${id}`;

export function markDeleted(table: string, id: string): void {
  deleted.add(keyOf(table, id));
}

export function wasDeleted(table: string, id: string): boolean {
  return deleted.has(keyOf(table, id));
}
