import { db } from '../../db/db';
import { deletingForGood } from '../../db/deletedRecords';
import type { AmendsRow, InventoryItemRow, InventoryList } from '../../db/types';
import { dayKey } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { SealError } from '../../core/crypto';
import { openFields, sealFields } from '../../core/sealing';
import { isInventoryList, TOUCHED } from './classicLists';
import {
  InventoryInputError,
  type AmendsFields,
  type ClassicItem,
  type ClassicItemFields,
  type ClassicItemInput,
  type Touched,
} from './types';
import { requireId, text } from './validation';

const touchedIds = new Set<string>(TOUCHED.map((touch) => touch.id));

/** Keeps only the fields the row's list has. A row marked "done to me" shows and shares no part
 * of the person's own, but keeps what was written there: unticking it later brings it back. */
function validItem(input: ClassicItemInput): ClassicItemFields {
  if (!isInventoryList(input.list)) {
    throw new InventoryInputError('A row belongs to resentments, fears or harms.');
  }
  const doneToMe = input.doneToMe ?? false;
  if (typeof doneToMe !== 'boolean') throw new InventoryInputError('“Done to me” is yes or no.');
  const fields: ClassicItemFields = {
    subject: text(input.subject, 'Who or what'),
    story: text(input.story, 'What happened'),
    doneToMe,
  };
  if (input.list === 'fear') {
    fields.shapes = text(input.shapes, 'How it shapes what you do');
  } else {
    fields.myPart = text(input.myPart, 'Your part');
  }
  if (input.list === 'resentment') {
    const touched = [...new Set(input.touched ?? [])];
    if (touched.some((touch) => !touchedIds.has(touch))) {
      throw new InventoryInputError('That is not one of the things a resentment can touch.');
    }
    fields.touched = touched as Touched[];
    fields.touchedOther = text(input.touchedOther, 'What else it touched');
  }
  return fields;
}

function hasWords(fields: ClassicItemFields): boolean {
  return [fields.subject, fields.story, fields.shapes, fields.myPart, fields.touchedOther].some(
    (value) => (value ?? '').trim().length > 0,
  );
}

async function openItem(row: InventoryItemRow): Promise<ClassicItem> {
  const base = { id: row.id, list: row.list, day: row.day, created: row.created };
  try {
    const fields = await openFields<ClassicItemFields>('inventoryItems', row);
    return { ...fields, ...base, updated: row.updated };
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
    return {
      subject: '',
      story: '',
      doneToMe: false,
      ...base,
      updated: row.updated,
      unreadable: true,
    };
  }
}

/**
 * Creates the row on its first save with words and updates it after that; a row opened and left
 * blank is not kept. The list a row belongs to never changes. Returns the `updated` time written,
 * or undefined when nothing was kept.
 */
export async function saveInventoryItem(
  input: ClassicItemInput,
  now = Date.now(),
): Promise<number | undefined> {
  const id = requireId(input.id);
  const fields = validItem(input);
  const sealed = await sealFields('inventoryItems', id, fields);
  return db.transaction('rw', db.inventoryItems, async () => {
    const existing = await db.inventoryItems.get(id);
    if (existing && existing.list !== input.list) {
      throw new InventoryInputError('A row stays in the list it was written in.');
    }
    // A blank row is not a record.
    if (!existing && !hasWords(fields)) return undefined;
    const row: InventoryItemRow = existing
      ? { ...existing, updated: now, sealed }
      : { id, list: input.list, day: dayKey(now), created: now, updated: now, sealed };
    await db.inventoryItems.put(row);
    return now;
  });
}

/** The words a person sees when a harms row cannot be deleted because it is on the amends list. */
export const ON_AMENDS_LIST =
  'This row is on your amends list, and its amends item links back to it, so the row stays while that item does.';

/**
 * Deletes a row for good. A harms row on the amends list stays while its amends item does: that
 * item was made from it, and whether it was done to you (so that no "my part" is asked) is read
 * from the row.
 */
export async function deleteInventoryItem(id: string): Promise<void> {
  requireId(id);
  await deletingForGood('inventoryItems', [id], () =>
    db.transaction('rw', db.inventoryItems, db.amends, async () => {
      if ((await db.amends.where('inventoryItemId').equals(id).count()) > 0) {
        throw new InventoryInputError(ON_AMENDS_LIST);
      }
      await db.inventoryItems.delete(id);
    }),
  );
}

export async function getInventoryItem(id: string): Promise<ClassicItem | undefined> {
  const row = await db.inventoryItems.get(id);
  return row ? openItem(row) : undefined;
}

/** One list's rows, oldest first, the way a column inventory reads. */
export async function listInventoryItems(list: InventoryList): Promise<ClassicItem[]> {
  const rows = await db.inventoryItems.where('list').equals(list).sortBy('created');
  return Promise.all(rows.map(openItem));
}

/** How many rows each list holds, from clear metadata only. */
export async function countInventoryItems(): Promise<Record<InventoryList, number>> {
  const counts: Record<InventoryList, number> = { resentment: 0, fear: 0, harm: 0 };
  await db.inventoryItems.each((row) => {
    counts[row.list] += 1;
  });
  return counts;
}

/** The amends row made from this harms row, if there is one (read from the clear link). */
export async function amendsIdFor(itemId: string): Promise<string | undefined> {
  const row = await db.amends.where('inventoryItemId').equals(itemId).first();
  return row?.id;
}

/**
 * Puts a harms row on the amends list as one "listed" amends item linked back to the row, with
 * whom, what happened and, only where the person had one, their part. Adding the same row twice
 * keeps the one amends item it already has. Returns the amends item's id.
 */
export async function addHarmToAmends(itemId: string, now = Date.now()): Promise<string> {
  const item = await getInventoryItem(requireId(itemId));
  if (!item || item.unreadable) {
    throw new InventoryInputError('This row could not be found, so nothing was added.');
  }
  if (item.list !== 'harm') {
    throw new InventoryInputError('Only a row from the harms list can go on the amends list.');
  }
  if (!item.subject.trim()) {
    throw new InventoryInputError('Write whom this was about first, then add it to your amends.');
  }
  const already = await amendsIdFor(item.id);
  if (already) return already;
  const id = newId();
  const fields: AmendsFields = { person: item.subject.trim(), whatHappened: item.story };
  if (!item.doneToMe && item.myPart) fields.myPart = item.myPart;
  const sealed = await sealFields('amends', id, fields);
  return db.transaction('rw', db.amends, async () => {
    // A second tap while the first was sealing must not list the same harm twice.
    const raced = await db.amends.where('inventoryItemId').equals(item.id).first();
    if (raced) return raced.id;
    const row: AmendsRow = {
      id,
      inventoryItemId: item.id,
      created: now,
      updated: now,
      sealed,
    };
    await db.amends.put(row);
    return id;
  });
}
