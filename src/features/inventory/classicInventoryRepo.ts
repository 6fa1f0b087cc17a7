import { msg, t } from '../../core/i18n/language';
import { db } from '../../db/db';
import type { AmendsRow, InventoryItemRow, InventoryList } from '../../db/types';
import { dayKey } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { sealedTable } from '../../core/sealedStore';
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
    throw new InventoryInputError(t('A row belongs to resentments, fears or harms.'));
  }
  const doneToMe = input.doneToMe ?? false;
  if (typeof doneToMe !== 'boolean') throw new InventoryInputError(t('“Done to me” is yes or no.'));
  const fields: ClassicItemFields = {
    subject: text(input.subject, msg('Who or what')),
    story: text(input.story, msg('What happened')),
    doneToMe,
  };
  if (input.list === 'fear') {
    fields.shapes = text(input.shapes, msg('How it shapes what you do'));
  } else {
    fields.myPart = text(input.myPart, msg('Your part'));
  }
  if (input.list === 'resentment') {
    const touched = [...new Set(input.touched ?? [])];
    if (touched.some((touch) => !touchedIds.has(touch))) {
      throw new InventoryInputError(t('That is not one of the things a resentment can touch.'));
    }
    fields.touched = touched as Touched[];
    fields.touchedOther = text(input.touchedOther, msg('What else it touched'));
  }
  return fields;
}

function hasWords(fields: ClassicItemFields): boolean {
  return [fields.subject, fields.story, fields.shapes, fields.myPart, fields.touchedOther].some(
    (value) => (value ?? '').trim().length > 0,
  );
}

const items = sealedTable<InventoryItemRow, ClassicItemFields>('inventoryItems', {
  empty: () => ({ subject: '', story: '', doneToMe: false }),
});

// Only for putting a harms row on the amends list; the amends feature reads it back.
const amends = sealedTable<AmendsRow, AmendsFields>('amends', {
  empty: () => ({ person: '', whatHappened: '' }),
});

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
  const written = await items.save(id, fields, (existing) => {
    if (existing && existing.list !== input.list) {
      throw new InventoryInputError(t('A row stays in the list it was written in.'));
    }
    if (existing) return { ...existing, updated: now };
    // A blank row is not a record.
    if (!hasWords(fields)) return undefined;
    return { id, list: input.list, day: dayKey(now), created: now, updated: now };
  });
  return written && now;
}

/** The words a person sees when a harms row cannot be deleted because it is on the amends list
 * (in English: a screen says them through `t`). */
export const ON_AMENDS_LIST = msg(
  'This row is on your amends list, and its amends item links back to it, so the row stays while that item does.',
);

/**
 * Deletes a row for good. A harms row on the amends list stays while its amends item does: that
 * item was made from it, and whether it was done to you (so that no "my part" is asked) is read
 * from the row.
 */
export async function deleteInventoryItem(id: string): Promise<void> {
  requireId(id);
  await items.remove([id], () =>
    db.transaction('rw', db.inventoryItems, db.amends, async () => {
      if ((await db.amends.where('inventoryItemId').equals(id).count()) > 0) {
        throw new InventoryInputError(t(ON_AMENDS_LIST));
      }
      await db.inventoryItems.delete(id);
    }),
  );
}

export async function getInventoryItem(id: string): Promise<ClassicItem | undefined> {
  return items.get(id);
}

/** One list's rows, oldest first, the way a column inventory reads. */
export async function listInventoryItems(list: InventoryList): Promise<ClassicItem[]> {
  return items.openMany(await items.table.where('list').equals(list).sortBy('created'));
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
    throw new InventoryInputError(t('This row could not be found, so nothing was added.'));
  }
  if (item.list !== 'harm') {
    throw new InventoryInputError(t('Only a row from the harms list can go on the amends list.'));
  }
  if (!item.subject.trim()) {
    throw new InventoryInputError(
      t('Write whom this was about first, then add it to your amends.'),
    );
  }
  const already = await amendsIdFor(item.id);
  if (already) return already;
  const id = newId();
  const fields: AmendsFields = { person: item.subject.trim(), whatHappened: item.story };
  if (!item.doneToMe && item.myPart) fields.myPart = item.myPart;
  let raced: string | undefined;
  await amends.save(id, fields, async () => {
    // A second tap while the first was sealing must not list the same harm twice.
    raced = (await db.amends.where('inventoryItemId').equals(item.id).first())?.id;
    if (raced) return undefined;
    return { id, inventoryItemId: item.id, created: now, updated: now };
  });
  return raced ?? id;
}
