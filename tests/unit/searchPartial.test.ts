import { beforeEach, describe, expect, it } from 'vitest';
import { saveEntry, trashEntry } from '../../src/features/journal/journalRepo';
import {
  getSearchIndexState,
  searchJournal,
  startSearchIndex,
  subscribeSearchIndex,
  whenSearchIndexReady,
} from '../../src/features/journal/search/searchIndex';
import { freshVault } from '../helpers/freshVault';

const noon = new Date(2026, 10, 21, 12, 0).getTime();
const minute = 60_000;
const id = (i: number) => `e${String(i).padStart(4, '0')}`;

/** Resolves the first time the index can answer while it is still opening older entries. */
function whenPartlyBuilt(): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      const { status, size } = getSearchIndexState();
      if (status !== 'building' || size === 0) return;
      stop();
      resolve(size);
    };
    const stop = subscribeSearchIndex(check);
  });
}

// Node has no Worker: the worker's own code answers in this thread (searchIndex.ts).
describe('search while the index is still opening older entries', () => {
  beforeEach(freshVault);

  it('answers from the newest entries first, says so, then gives the whole answer', async () => {
    for (let i = 0; i < 700; i += 1) {
      const body = i % 350 === 0 || i === 699 ? `Lighthouse walk ${i}.` : `Evening note ${i}.`;
      await saveEntry({ id: id(i), body }, noon + i * minute);
    }
    const partly = whenPartlyBuilt();
    startSearchIndex();
    const size = await partly;
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThan(700);

    const early = await searchJournal('lighthouse', 10);
    expect(early.complete).toBe(false);
    // Only the newest have been opened: the newest match, and nothing older shows yet.
    expect(early.items.map((item) => item.id)).toEqual([id(699)]);

    await whenSearchIndexReady();
    const done = await searchJournal('lighthouse', 10);
    expect(done.complete).toBe(true);
    expect(done.total).toBe(3);
    expect(done.items.map((item) => item.id)).toEqual([id(699), id(350), id(0)]);
    expect(getSearchIndexState().size).toBe(700);
  });

  it('answers a question asked before anything is opened from the newest entries, not with nothing', async () => {
    for (let i = 0; i < 700; i += 1) {
      const body = i % 350 === 0 || i === 699 ? `Lighthouse walk ${i}.` : `Evening note ${i}.`;
      await saveEntry({ id: id(i), body }, noon + i * minute);
    }
    startSearchIndex();
    expect(getSearchIndexState()).toMatchObject({ status: 'building', size: 0 });
    // Asked at once, as a person who opens the app on search and types: the worker keeps the
    // question until its newest slice is in, and answers it then.
    const early = await searchJournal('lighthouse', 10);
    expect(early.complete).toBe(false);
    expect(early.items.map((item) => item.id)).toEqual([id(699)]);
    await whenSearchIndexReady();
    expect((await searchJournal('lighthouse', 10)).total).toBe(3);
  });

  it('opens every live entry once, however many share the same moment', async () => {
    // More entries at one moment than a slice holds, and slices that end inside a run of them.
    for (let i = 0; i < 1300; i += 1) {
      const created = noon + (i < 600 ? 0 : i < 1000 ? minute : 2 * minute + i);
      await saveEntry({ id: id(i), body: `Harbour note ${i}.` }, created);
    }
    await trashEntry(id(5), noon + 3 * minute);
    startSearchIndex();
    await whenSearchIndexReady();
    const answer = await searchJournal('harbour', 10_000);
    expect(answer.total).toBe(1299);
    expect(new Set(answer.items.map((item) => item.id)).size).toBe(1299);
    expect(answer.items.some((item) => item.id === id(5))).toBe(false);
    // Newest first across every slice.
    const times = answer.items.map((item) => item.created);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
