import Dexie from 'dexie';
import { db } from '../../db/db';
import type { DocumentRow } from '../../db/types';
import { sealedDocument } from '../../core/sealedStore';
import { openEmotionInventories } from './emotionInventoryRepo';
import type { TrendInput } from './trends';
import type { ChosenFeeling } from './types';

/**
 * The trends read a year of inventories at a time. Opening each one is one WebCrypto call, and
 * 2,000 of them cost several hundred milliseconds on a phone, so the feelings of finished
 * inventories are also kept in one sealed document, the digest, which opens in one call.
 *
 * The inventories stay the one source of truth: the digest is never written by the inventory's
 * own save, finish or reopen. Each read checks it against the clear indexes (which inventories
 * are finished now, and which were written at or after the digest's watermark, the newest
 * `updated` it had seen), opens from its record anything missing or newer, and rewrites the
 * digest only when that changed something. A digest that cannot be opened is rebuilt. (Only a
 * device clock set backwards between two reads could hide an edit from the picture, until the
 * next write.)
 */
export const TREND_DIGEST_DOC = 'emotion-trends';

/** [feelingId, intensity] or, for a person's own word, [feelingId, intensity, word]. */
/** A strength never set is kept as null. */
type DigestFeeling = [string, number | null] | [string, number | null, string];

export interface DigestFields {
  watermark: number;
  /** By inventory id: [day, feelings]. */
  items: Record<string, [string, DigestFeeling[]]>;
}

const EMPTY: DigestFields = { watermark: -1, items: {} };

let writing: Promise<void> = Promise.resolve();

/** Resolves once the last digest write has finished (tests and the bench wait on it). */
export function digestWritten(): Promise<void> {
  return writing;
}

const digest = sealedDocument<DigestFields>(TREND_DIGEST_DOC, () => EMPTY);

/** The stored digest; a damaged one reads as empty and is rebuilt. */
async function openDigest(row: DocumentRow | undefined): Promise<DigestFields> {
  const opened = row && (await digest.open(row));
  return opened && !opened.unreadable ? opened : EMPTY;
}

/** Writes the digest after the read that found it stale, outside the read's live query. If
 * another write got there first, or anything fails, the next read simply does the work again. */
function scheduleWrite(fields: DigestFields, previous: DocumentRow | undefined): void {
  writing = writing.then(
    () =>
      new Promise<void>((resolve) => {
        setTimeout(() => {
          Dexie.ignoreTransaction(() => digest.putIfUnchanged(previous, fields, Date.now()))
            .catch(() => undefined)
            .finally(resolve);
        }, 0);
      }),
  );
}

const toDigest = (feelings: ChosenFeeling[]): DigestFeeling[] =>
  feelings.map((f) =>
    f.word === undefined
      ? [f.feelingId, f.intensity ?? null]
      : [f.feelingId, f.intensity ?? null, f.word],
  );

const fromDigest = (feelings: DigestFeeling[]): ChosenFeeling[] =>
  feelings.map(([feelingId, intensity, word]) => {
    const rated = intensity === null ? {} : { intensity };
    return word === undefined ? { feelingId, ...rated } : { feelingId, ...rated, word };
  });

/** The day and feelings of every finished inventory whose day is in [fromDay, toDay]. */
export async function listTrendInputs(fromDay: string, toDay: string): Promise<TrendInput[]> {
  const table = db.emotionInventories;
  const [digestRow, inRange, finished, newest] = await Promise.all([
    db.documents.get(TREND_DIGEST_DOC),
    table.where('day').between(fromDay, toDay, true, true).primaryKeys(),
    table.where('status').equals('finished').primaryKeys(),
    table.orderBy('updated').reverse().limit(1).keys(),
  ]);
  const stored = await openDigest(digestRow);
  // At or after: a write in the same millisecond as the newest one seen is looked at again.
  const changed = new Set(
    await table.where('updated').aboveOrEqual(stored.watermark).primaryKeys(),
  );
  const isFinished = new Set(finished);

  // Keep what is still finished and unchanged; open what changed since the watermark and what
  // the digest does not hold yet (only inside the range asked for).
  const items: DigestFields['items'] = {};
  let dirty = false;
  const toOpen = new Set<string>();
  for (const [id, item] of Object.entries(stored.items)) {
    if (!isFinished.has(id)) dirty = true;
    else if (changed.has(id)) toOpen.add(id);
    else items[id] = item;
  }
  for (const id of inRange) if (isFinished.has(id) && !items[id]) toOpen.add(id);
  if (toOpen.size > 0) {
    for (const inventory of await openEmotionInventories([...toOpen])) {
      if (inventory.status !== 'finished') continue;
      const item: DigestFields['items'][string] = [inventory.day, toDigest(inventory.feelings)];
      // Writes at the watermark are opened again on every read; only a real difference counts.
      if (JSON.stringify(item) !== JSON.stringify(stored.items[inventory.id])) dirty = true;
      items[inventory.id] = item;
    }
  }
  for (const id of toOpen) if (!items[id] && stored.items[id]) dirty = true;
  const watermark = newest.length > 0 ? Number(newest[0]) : -1;
  // Only a real change is written: a damaged inventory that never opens, or one read again at
  // the watermark, must not cause a write (and a fresh run of every live query watching the
  // digest) on each read.
  if (dirty || watermark !== stored.watermark) {
    scheduleWrite({ watermark, items }, digestRow);
  }

  const inputs: TrendInput[] = [];
  for (const [day, feelings] of Object.values(items)) {
    if (day >= fromDay && day <= toDay) inputs.push({ day, feelings: fromDigest(feelings) });
  }
  return inputs;
}
