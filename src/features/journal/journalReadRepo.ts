import { db } from '../../db/db';
import type { EntryRow } from '../../db/types';
import { dayKey } from '../../lib/dates';
import { sealedTable } from '../../core/sealedStore';
import { cachedEntry, rememberEntry, versionOf } from '../../core/openedEntries';
import type { EntryFields, JournalEntry } from './types';

// Reading the journal's entries (writing them: journalRepo.ts). Kept apart so what Today and the
// other features read through index.ts does not bring the writing code onto the first screen.

export const entries = sealedTable<EntryRow, EntryFields>('entries', {
  empty: () => ({ title: '', body: '', tags: [] }),
});

async function openEntry(row: EntryRow): Promise<JournalEntry> {
  const version = versionOf(row.sealed.iv);
  const cached = cachedEntry(row.id, version);
  if (cached && cached.deletedAt === row.deletedAt) return cached;
  // One damaged record must not take the whole journal down with it; it is shown as such.
  const entry = await entries.open(row);
  if (!entry.unreadable) rememberEntry(version, entry);
  return entry;
}

export async function getEntry(id: string): Promise<JournalEntry | undefined> {
  const row = await entries.row(id);
  return row ? openEntry(row) : undefined;
}

const newestFirst = (a: EntryRow, b: EntryRow) =>
  b.created - a.created || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Live entries, newest first. */
export async function listEntries(): Promise<JournalEntry[]> {
  // Reading the table in key order and sorting here is about a third quicker than walking the
  // `created` index, which fetches each record through the index (measured on 10,000 entries).
  const rows = await db.entries.toArray();
  const live = rows.filter((row) => row.deletedAt === undefined).sort(newestFirst);
  return Promise.all(live.map(openEntry));
}

/** Measured on 10,000 entries in Chromium: batches of 500 opened them in 250 ms, of 250 in
 * 265 ms, of 1,000 in 285 ms, and one read of the whole table in 340 ms. */
const CHUNK = 500;

/**
 * Every live entry, opened, in no particular order: for the search index, which sorts them
 * itself. Reads the table a few hundred records at a time so that opening one batch overlaps
 * with reading the next, instead of waiting for all 10,000 records before opening the first.
 * Not for live queries, which would have to follow every batch's reads.
 */
export async function openAllLiveEntries(): Promise<JournalEntry[]> {
  const batches: Promise<JournalEntry[]>[] = [];
  let rows = await db.entries.limit(CHUNK).toArray();
  while (rows.length > 0) {
    const last = rows[rows.length - 1];
    const next =
      last && rows.length === CHUNK
        ? db.entries.where(':id').above(last.id).limit(CHUNK).toArray()
        : Promise.resolve([]);
    const batch = Promise.all(rows.filter((row) => row.deletedAt === undefined).map(openEntry));
    // A batch that fails (the journal locked) is reported once, by the Promise.all below, not
    // as an unhandled rejection while the next batch is still being read.
    batch.catch(() => undefined);
    batches.push(batch);
    rows = await next;
  }
  return (await Promise.all(batches)).flat();
}

/** Live entries that answer one step, newest first. */
export async function listEntriesForStep(step: number): Promise<JournalEntry[]> {
  const rows = await db.entries.where('step').equals(step).toArray();
  rows.sort((a, b) => b.created - a.created);
  return Promise.all(rows.filter((row) => row.deletedAt === undefined).map(openEntry));
}

/** How many live entries each step holds, from clear metadata only (nothing is opened). */
export async function countEntriesByStep(): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  await db.entries
    .where('step')
    .above(0)
    .each((row) => {
      if (row.deletedAt === undefined) counts.set(row.step, (counts.get(row.step) ?? 0) + 1);
    });
  return counts;
}

/** What the journal list needs to lay itself out, read from the clear indexes alone: no record is
 * opened, so the first screen of a 10,000-entry journal costs a few key scans. */
export interface EntryMeta {
  id: string;
  created: number;
  day: string;
  step: number;
}

export async function listEntryMeta(): Promise<EntryMeta[]> {
  const byCreated = db.entries.orderBy('created').reverse();
  const byDay = db.entries.orderBy('day');
  const byStep = db.entries.where('step').above(0);
  const [created, ids, trashed, dayIds, days, stepIds, steps] = await Promise.all([
    byCreated.keys(),
    byCreated.primaryKeys(),
    db.entries.where('deletedAt').above(0).primaryKeys(),
    byDay.primaryKeys(),
    byDay.keys(),
    byStep.primaryKeys(),
    byStep.keys(),
  ]);
  const inTrash = new Set(trashed);
  const dayOf = new Map(dayIds.map((id, index) => [id, String(days[index])]));
  const stepOf = new Map(stepIds.map((id, index) => [id, Number(steps[index])]));
  const metas: EntryMeta[] = [];
  ids.forEach((id, index) => {
    if (inTrash.has(id)) return;
    const time = Number(created[index]);
    metas.push({
      id,
      created: time,
      day: dayOf.get(id) ?? dayKey(time),
      step: stepOf.get(id) ?? 0,
    });
  });
  return metas;
}

/** The newest few entries' metadata, read in one short pass, so the first screen of the list
 * does not wait for the scan of the whole journal. */
export async function listRecentEntryMeta(limit: number): Promise<EntryMeta[]> {
  const rows = await db.entries
    .orderBy('created')
    .reverse()
    .filter((row) => row.deletedAt === undefined)
    .limit(limit)
    .toArray();
  return rows.map(({ id, created, day, step }) => ({ id, created, day, step }));
}

/** Entries in Trash, most recently deleted first. */
export async function listTrashedEntries(): Promise<JournalEntry[]> {
  const rows = await db.entries.where('deletedAt').above(0).reverse().sortBy('deletedAt');
  return Promise.all(rows.map(openEntry));
}

/** Every tag used in live entries, most used first, for suggestions. */
export async function listTags(): Promise<string[]> {
  const counts = new Map<string, number>();
  for (const entry of await listEntries()) {
    for (const tag of entry.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}
