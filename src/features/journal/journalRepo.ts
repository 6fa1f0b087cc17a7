import { t } from '../../core/i18n/language';
import { db } from '../../db/db';
import type { EntryRow } from '../../db/types';
import { dayKey } from '../../lib/dates';
import { InputError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { forgetEntry } from '../../core/openedEntries';
import type { EntryFields, EntryInput } from './types';
import { entries } from './journalReadRepo';

// Reading lives in journalReadRepo.ts, so the first screen (Today opens an entry, never writes
// one) does not carry the writing code; it is here too for the journal's own screens.
export {
  getEntry,
  listEntries,
  openAllLiveEntries,
  listEntriesForStep,
  listEntryMeta,
  listRecentEntryMeta,
  type EntryMeta,
} from './journalReadRepo';

/** Far beyond any entry a person writes by hand; stops a runaway paste from filling the disk. */
export const MAX_ENTRY_CHARS = 1_000_000;
export const MAX_TAGS = 20;
export const MAX_TAG_CHARS = 40;

// The save line shows a refusal's words as they are, so they are looked up in the person's
// language as it is thrown; those only a bug could cause (no id or text, a step or mood out of
// range) stay in the code's English.
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
      t('This entry is longer than Stepwork can keep in one piece. Split it into two entries.'),
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
      t('An entry can carry up to {tags} tags of up to {chars} characters each.', {
        tags: MAX_TAGS,
        chars: MAX_TAG_CHARS,
      }),
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
    throw new EntryInputError(t('Choose a date for the entry, written as year-month-day.'));
  }
  if (day > dayKey(now)) {
    throw new EntryInputError(t('That day has not come yet. Choose today or a day before it.'));
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
  return entries.whileSaving(input.id, async () => {
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
  });
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

/** Deletes an entry for good. Only entries already in Trash can be deleted this way. */
export async function deleteEntryForever(id: string): Promise<void> {
  await entries.remove([id], () =>
    db.transaction('rw', db.entries, async () => {
      const row = await db.entries.get(id);
      if (row && row.deletedAt === undefined) {
        throw new EntryInputError(t('Move the entry to Trash before deleting it for good.'));
      }
      await db.entries.delete(id);
    }),
  );
  forgetEntry(id);
}
