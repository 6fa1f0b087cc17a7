import { db } from '../../db/db';
import { deletingForGood } from '../../db/deletedRecords';
import type { EmotionInventoryRow } from '../../db/types';
import { dayKey } from '../../lib/dates';
import { onForgetOpenedEntries, versionOf } from '../../core/openedEntries';
import { SealError } from '../../core/crypto';
import { openFields, sealFields } from '../../core/sealing';
import {
  InventoryInputError,
  type EmotionInventory,
  type EmotionInventoryFields,
  type EmotionInventoryInput,
} from './types';
import { inventoryHasContent, requireId, validInventoryFields } from './validation';

/**
 * Inventories opened since unlock, kept only in memory so the history and the trends do not
 * decrypt the same record twice. A copy is used only while it came from the ciphertext stored now
 * (every write has a fresh IV), and all of them leave memory when the journal locks.
 */
const opened = new Map<string, { version: string; inventory: EmotionInventory }>();
onForgetOpenedEntries(() => opened.clear());

const EMPTY: EmotionInventoryFields = {
  whatHappened: '',
  feelings: [],
  bodyPlaces: [],
  thoughts: '',
  needs: '',
  kindThing: '',
};

async function openInventory(row: EmotionInventoryRow): Promise<EmotionInventory> {
  const version = versionOf(row.sealed.iv);
  const hit = opened.get(row.id);
  const base = {
    id: row.id,
    day: row.day,
    status: row.status,
    created: row.created,
    updated: row.updated,
  };
  // The status lives in the clear and changes without a new seal, so it always comes from the row.
  if (hit && hit.version === version) {
    const inventory = { ...hit.inventory, ...base };
    opened.set(row.id, { version, inventory });
    return inventory;
  }
  try {
    const fields = await openFields<EmotionInventoryFields>('emotionInventories', row);
    const inventory: EmotionInventory = { ...EMPTY, ...fields, ...base };
    opened.set(row.id, { version, inventory });
    return inventory;
  } catch (error) {
    // One damaged record shows as such and never takes the history or the trends down with it.
    if (!(error instanceof SealError)) throw error;
    return { ...EMPTY, ...base, unreadable: true };
  }
}

/**
 * Creates the inventory on its first save and updates it after that. A draft with nothing chosen
 * or written is not kept: an inventory opened and left is not a record. A finished inventory is
 * read-only until the person chooses to edit it (`reopenEmotionInventory`). Returns the `updated`
 * time written, or undefined when nothing was kept.
 */
export async function saveEmotionInventory(
  input: EmotionInventoryInput,
  now = Date.now(),
): Promise<number | undefined> {
  const id = requireId(input.id);
  const fields = validInventoryFields(input);
  // Sealing happens before the transaction: IndexedDB transactions close while WebCrypto works.
  const sealed = await sealFields('emotionInventories', id, fields);
  return db.transaction('rw', db.emotionInventories, async () => {
    const existing = await db.emotionInventories.get(id);
    if (existing?.status === 'finished') {
      throw new InventoryInputError(
        'This inventory is finished, so it was left as it is. Choose “Edit” to change it.',
      );
    }
    // Nothing written is not a record.
    if (!existing && !inventoryHasContent(fields)) return undefined;
    const row: EmotionInventoryRow = existing
      ? { ...existing, updated: now, sealed }
      : { id, created: now, updated: now, day: dayKey(now), status: 'draft', sealed };
    await db.emotionInventories.put(row);
    return now;
  });
}

/** Marks a draft finished. Only the clear status changes, so nothing is sealed again. */
export async function finishEmotionInventory(id: string, now = Date.now()): Promise<void> {
  const row = await db.emotionInventories.get(requireId(id));
  if (!row) {
    throw new InventoryInputError('Choose at least one feeling to finish. Your draft is kept.');
  }
  const inventory = await openInventory(row);
  if (inventory.unreadable) {
    throw new InventoryInputError(
      'This inventory could not be opened, so it was left as it is. Nothing else is affected.',
    );
  }
  if (inventory.feelings.length === 0) {
    throw new InventoryInputError('Choose at least one feeling to finish. Your draft is kept.');
  }
  await db.emotionInventories.update(row.id, { status: 'finished', updated: now });
}

/** Opens a finished inventory for editing again; it is a draft until it is finished once more. */
export async function reopenEmotionInventory(id: string, now = Date.now()): Promise<void> {
  await db.emotionInventories.update(requireId(id), { status: 'draft', updated: now });
}

/** Deletes an inventory for good, draft or finished. The trends picture leaves its feelings out
 * from its next read (the digest keeps only inventories that are still finished). */
export async function deleteEmotionInventory(id: string): Promise<void> {
  await deletingForGood('emotionInventories', [requireId(id)], () =>
    db.emotionInventories.delete(id),
  );
}

export async function getEmotionInventory(id: string): Promise<EmotionInventory | undefined> {
  const row = await db.emotionInventories.get(id);
  return row ? openInventory(row) : undefined;
}

/** The newest inventories first, drafts and finished alike; `limit` keeps a long history light. */
export async function listEmotionInventories(limit = 20): Promise<EmotionInventory[]> {
  const rows = await db.emotionInventories.orderBy('created').reverse().limit(limit).toArray();
  return Promise.all(rows.map(openInventory));
}

/** How many inventories there are, from clear metadata only. */
export function countEmotionInventories(): Promise<number> {
  return db.emotionInventories.count();
}

/** Opens these inventories by id, skipping any that are gone or cannot be opened. */
export async function openEmotionInventories(ids: string[]): Promise<EmotionInventory[]> {
  const rows = await db.emotionInventories.bulkGet(ids);
  const inventories = await Promise.all(rows.flatMap((row) => (row ? [openInventory(row)] : [])));
  return inventories.filter((inventory) => !inventory.unreadable);
}
