import { db } from '../../db/db';
import type { EntryRow } from '../../db/types';
import { dayKey } from '../../lib/dates';
import { InputError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { sealedTable } from '../../core/sealedStore';
import { cachedEntry, forgetEntry, rememberEntry, versionOf } from '../../core/openedEntries';
import type { EntryFields, EntryInput, JournalEntry } from './types';

/** Far beyond any entry a person writes by hand; stops a runaway paste from filling the disk. */
export const MAX_ENTRY_CHARS = 1_000_000;
export const MAX_TAGS = 20;
export const MAX_TAG_CHARS = 40;

const entries = sealedTable<EntryRow, EntryFields>('entries', {
  empty: () => ({ title: '', body: '', tags: [] }),
});

export class EntryInputError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'EntryInputError';
  }
}

function validate(input: EntryInput): EntryFields & { step: number } {
  if (typeof input.id !== 'string' || input.id.length === 0) {
    throw new EntryInputError('An entry needs an id.');
  }
  if (typeof input.body !== 'string') throw new EntryInputError('An entry needs text.');
  const title = input.title ?? '';
  if (input.body.length + title.length > MAX_ENTRY_CHARS) {
    throw new EntryInputError(
      'This entry is longer than Stepwork can keep in one piece. Split it into two entries.',
    );
  }
  const step = input.step ?? 0;
  if (!Number.isInteger(step) || step < 0 || step > 12) {
    throw new EntryInputError('A step is a number from 1 to 12.');
  }
  if (
    input.mood !== undefined &&
    (!Number.isInteger(input.mood) || input.mood < 1 || input.mood > 5)
  ) {
    throw new EntryInputError('Mood is a number from 1 to 5.');
  }
  const tags = [...new Set((input.tags ?? []).map((tag) => tag.trim()).filter(Boolean))];
  if (tags.length > MAX_TAGS || tags.some((tag) => tag.length > MAX_TAG_CHARS)) {
    throw new EntryInputError(
      `An entry can carry up to ${MAX_TAGS} tags of up to ${MAX_TAG_CHARS} characters each.`,
    );
  }
  const fields: EntryFields & { step: number } = { title, body: input.body, tags, step };
  if (input.promptId !== undefined) fields.promptId = input.promptId;
  if (input.mood !== undefined) fields.mood = input.mood;
  return fields;
}

/** A real calendar day written as yyyy-MM-dd, today or before it. */
function checkEntryDay(day: unknown, now: number): string {
  const [y, m, d] = typeof day === 'string' ? day.split('-').map(Number) : [];
  const date = new Date(y ?? NaN, (m ?? NaN) - 1, d ?? NaN);
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/u.test(day) || dayKey(date) !== day) {
    throw new EntryInputError('Choose a date for the entry, written as year-month-day.');
  }
  if (day > dayKey(now)) {
    throw new EntryInputError('That day has not come yet. Choose today or a day before it.');
  }
  return day;
}

/**
 * Where an entry sits in time when the person sets its day: the list, its headings, the calendar
 * and search all read `day` and `created`, so both move together. The time of day is kept, so
 * entries on the same day stay in the order they were written.
 */
function placedOn(day: string, time: number): { day: string; created: number } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const at = new Date(time);
  const created = new Date(
    y,
    m - 1,
    d,
    at.getHours(),
    at.getMinutes(),
    at.getSeconds(),
    at.getMilliseconds(),
  );
  return { day, created: created.getTime() };
}

/** The clear `day` and `created` of an entry, moved only when the person chose another day. */
function placement(row: EntryRow | undefined, day: string | undefined, now: number) {
  if (!row) return day === undefined ? { day: dayKey(now), created: now } : placedOn(day, now);
  if (day === undefined || day === row.day) return { day: row.day, created: row.created };
  const placed = placedOn(day, row.created);
  // Moved onto today from a later hour of an earlier day: not written in the future.
  return { day, created: Math.min(placed.created, now) };
}

function hasWords(input: Pick<EntryInput, 'body' | 'title'>): boolean {
  return input.body.trim().length > 0 || (input.title ?? '').trim().length > 0;
}

/**
 * Creates the entry on its first save and updates it after that. An entry with no words is not
 * kept as a record: a blank page opened and left is not a journal entry. Returns the `updated`
 * time it wrote, or undefined when nothing was kept.
 */
export async function saveEntry(input: EntryInput, now = Date.now()): Promise<number | undefined> {
  const { step, ...fields } = validate(input);
  const day = input.day === undefined ? undefined : checkEntryDay(input.day, now);
  const written = await entries.save(input.id, fields, (existing) => {
    if (existing) return { ...existing, ...placement(existing, day, now), step, updated: now };
    if (!hasWords(input)) return undefined;
    return { id: input.id, ...placement(undefined, day, now), updated: now, step };
  });
  return written && now;
}

export interface SavedOnto {
  /** The `updated` time written, or undefined when nothing was kept (a blank new page). */
  updated: number | undefined;
  /** Set when the entry had changed since the version these words were written on: the words
   * went to a new entry with this id, beside the other version. */
  copyId?: string;
}

/** True when the stored entry is not the version the editor last wrote or took in. */
const changedSince = (row: EntryRow | undefined, basedOn: number | undefined) =>
  row !== undefined && row.updated !== basedOn;

/**
 * Saves words written on top of the stored version whose `updated` time is `basedOn`
 * (undefined for a page that was blank). When the entry changed since (another window saved it
 * while words here were waiting), neither version vanishes: the stored entry stays as the other
 * window left it, and these words become a new entry beside it (`copyId`).
 */
export async function saveEntryOnto(
  input: EntryInput,
  basedOn: number | undefined,
  now = Date.now(),
): Promise<SavedOnto> {
  const { step, ...fields } = validate(input);
  const day = input.day === undefined ? undefined : checkEntryDay(input.day, now);
  // Sealing binds the record's id and cannot wait inside a transaction, so whether the words
  // go to this entry or to a copy is decided first and checked again inside the transaction.
  for (let attempt = 0; ; attempt += 1) {
    const before = await db.entries.get(input.id);
    const conflict = changedSince(before, basedOn);
    const target = conflict ? newId() : input.id;
    let saved = null as SavedOnto | null;
    await entries.save(target, fields, async (atTarget) => {
      const existing = conflict ? await db.entries.get(input.id) : atTarget;
      // Another write landed between the look and the transaction: look again.
      if (existing?.updated !== before?.updated && attempt < 3) return undefined;
      if (!existing && !hasWords(input)) {
        saved = { updated: undefined };
        return undefined;
      }
      saved = conflict ? { updated: now, copyId: target } : { updated: now };
      if (existing && !conflict) {
        return { ...existing, ...placement(existing, day, now), step, updated: now };
      }
      return { id: target, ...placement(undefined, day, now), updated: now, step };
    });
    if (saved) return saved;
  }
}

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
  const row = await db.entries.get(id);
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

/** Moves an entry to Trash; nothing is destroyed by one tap. */
export async function trashEntry(id: string, now = Date.now()): Promise<void> {
  await db.entries.update(id, { deletedAt: now });
}

export async function restoreEntry(id: string): Promise<void> {
  await db.entries
    .where('id')
    .equals(id)
    .modify((row) => {
      delete row.deletedAt;
    });
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

/** Deletes an entry for good. Only entries already in Trash can be deleted this way. */
export async function deleteEntryForever(id: string): Promise<void> {
  await entries.remove([id], () =>
    db.transaction('rw', db.entries, async () => {
      const row = await db.entries.get(id);
      if (row && row.deletedAt === undefined) {
        throw new EntryInputError('Move the entry to Trash before deleting it for good.');
      }
      await db.entries.delete(id);
    }),
  );
  forgetEntry(id);
}

/** Every tag used in live entries, most used first, for suggestions. */
export async function listTags(): Promise<string[]> {
  const counts = new Map<string, number>();
  for (const entry of await listEntries()) {
    for (const tag of entry.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}
