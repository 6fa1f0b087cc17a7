import { beforeEach, describe, expect, it } from 'vitest';
import { currentKey } from '../../src/core/vaultStore';
import { db } from '../../src/db/db';
import { saveEntry, trashEntry } from '../../src/features/journal/journalRepo';
import { openNewestFirst, readNewestFirst } from '../../src/features/journal/search/entryReader';
import type { IndexedEntry } from '../../src/features/journal/search/textIndex';
import { freshVault } from '../helpers/freshVault';

const noon = new Date(2026, 10, 21, 12, 0).getTime();
const minute = 60_000;
const id = (i: number) => `e${String(i).padStart(4, '0')}`;

// The worker's own reads (entryReader.ts), straight on fake-indexeddb: several slices are opened
// at once, and each must still reach the index whole, in order, newest first.
describe("the search worker's reads, newest first", () => {
  beforeEach(freshVault);

  it('hands over every live entry once, a slice at a time, each older than the last', async () => {
    for (let i = 0; i < 1300; i += 1) {
      await saveEntry({ id: id(i), body: `Harbour note ${i}.` }, noon + i * minute);
    }
    await trashEntry(id(700), noon + 2000 * minute);
    const slices: IndexedEntry[][] = [];
    await openNewestFirst(currentKey(), readNewestFirst(db.name), (entries) => {
      slices.push(entries);
      return true;
    });
    // The newest slice is the small one: it is what the first answer waits for.
    expect(slices.map((slice) => slice.length)).toEqual([100, 499, 500, 200]);
    expect(slices[0]?.some((entry) => entry.id === id(1299))).toBe(true);
    for (let at = 1; at < slices.length; at += 1) {
      const newer = Math.min(...(slices[at - 1] ?? []).map((entry) => entry.created));
      const older = Math.max(...(slices[at] ?? []).map((entry) => entry.created));
      expect(older).toBeLessThan(newer);
    }
    const ids = slices.flat().map((entry) => entry.id);
    expect(new Set(ids).size).toBe(1299);
    expect(ids).not.toContain(id(700));
    expect(slices[1]?.[0]?.body).toMatch(/^Harbour note \d+\.$/);
  });

  it('hands over nothing more once told to stop, though later slices were being opened', async () => {
    for (let i = 0; i < 1300; i += 1) {
      await saveEntry({ id: id(i), body: `Evening note ${i}.` }, noon + i * minute);
    }
    const slices: IndexedEntry[][] = [];
    await openNewestFirst(currentKey(), readNewestFirst(db.name), (entries) => {
      slices.push(entries);
      return false;
    });
    expect(slices).toHaveLength(1);
    expect(slices[0]).toHaveLength(100);
  });
});
