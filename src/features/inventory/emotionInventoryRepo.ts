import { t } from '../../core/i18n/language';
import type { EmotionInventoryRow } from '../../db/types';
import { dayKey } from '../../lib/dates';
import { sealedTable } from '../../core/sealedStore';
import {
  InventoryInputError,
  type EmotionInventory,
  type EmotionInventoryFields,
  type EmotionInventoryInput,
} from './types';
import { inventoryHasContent, requireId, validInventoryFields } from './validation';

const EMPTY: EmotionInventoryFields = {
  whatHappened: '',
  feelings: [],
  bodyPlaces: [],
  thoughts: '',
  needs: '',
  chosenNeeds: [],
  kindThing: '',
};

/**
 * Opened words stay in memory until the journal locks, so the history and the trends do not
 * decrypt the same record twice; the status lives in the clear and always comes from the row.
 */
const inventories = sealedTable<EmotionInventoryRow, EmotionInventoryFields>('emotionInventories', {
  empty: () => ({ ...EMPTY }),
  cache: true,
});

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
  const written = await inventories.save(id, fields, (existing) => {
    if (existing?.status === 'finished') {
      throw new InventoryInputError(
        t('This inventory is finished, so it was left as it is. Choose “Edit” to change it.'),
      );
    }
    if (existing) return { ...existing, updated: now };
    // Nothing written is not a record.
    if (!inventoryHasContent(fields)) return undefined;
    return { id, created: now, updated: now, day: dayKey(now), status: 'draft' as const };
  });
  return written && now;
}

/** Marks a draft finished. Only the clear status changes, so nothing is sealed again. */
export async function finishEmotionInventory(id: string, now = Date.now()): Promise<void> {
  const row = await inventories.row(requireId(id));
  if (!row) {
    throw new InventoryInputError(t('Choose at least one feeling to finish. Your draft is kept.'));
  }
  const inventory = await inventories.open(row);
  if (inventory.unreadable) {
    throw new InventoryInputError(
      t('This inventory could not be opened, so it was left as it is. Nothing else is affected.'),
    );
  }
  if (inventory.feelings.length === 0) {
    throw new InventoryInputError(t('Choose at least one feeling to finish. Your draft is kept.'));
  }
  await inventories.table.update(row.id, { status: 'finished', updated: now });
}

/** Opens a finished inventory for editing again; it is a draft until it is finished once more. */
export async function reopenEmotionInventory(id: string, now = Date.now()): Promise<void> {
  await inventories.table.update(requireId(id), { status: 'draft', updated: now });
}

/** Deletes an inventory for good, draft or finished. The trends picture leaves its feelings out
 * from its next read (the digest keeps only inventories that are still finished). */
export async function deleteEmotionInventory(id: string): Promise<void> {
  await inventories.remove([requireId(id)]);
}

export async function getEmotionInventory(id: string): Promise<EmotionInventory | undefined> {
  return inventories.get(id);
}

/** The newest inventories first, drafts and finished alike; `limit` keeps a long history light. */
export async function listEmotionInventories(limit = 20): Promise<EmotionInventory[]> {
  const rows = await inventories.table.orderBy('created').reverse().limit(limit).toArray();
  return inventories.openMany(rows);
}

/** How many inventories there are, from clear metadata only. */
export function countEmotionInventories(): Promise<number> {
  return inventories.table.count();
}

/** Opens these inventories by id, skipping any that are gone or cannot be opened. */
export async function openEmotionInventories(ids: string[]): Promise<EmotionInventory[]> {
  const rows = await inventories.table.bulkGet(ids);
  const opened = await inventories.openMany(rows.filter((row) => row !== undefined));
  return opened.filter((inventory) => !inventory.unreadable);
}
