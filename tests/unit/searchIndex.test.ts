import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/db';
import { RangeSet } from 'dexie';
import {
  deleteEntryForever,
  openAllLiveEntries,
  restoreEntry,
  saveEntry,
  trashEntry,
} from '../../src/features/journal/journalRepo';
import { backgroundWorkMayRun } from '../../src/core/backgroundWork';
import { forgetOpenedEntries } from '../../src/core/openedEntries';
import { currentKey, useVaultStore } from '../../src/core/vaultStore';
import {
  getSearchIndexState,
  prepareSearchIndex,
  searchJournal,
  startSearchIndex,
  whenSearchIndexReady,
} from '../../src/features/journal/search/searchIndex';
import { entryChangeOf } from '../../src/features/journal/search/searchRepo';
import { highlight, parseQuery, snippet } from '../../src/features/journal/search/searchText';
import { SearchIndex } from '../../src/features/journal/search/textIndex';
import { freshVault } from '../helpers/freshVault';

const noon = new Date(2026, 10, 21, 12, 0).getTime();
const hour = 60 * 60 * 1000;

// Node has no Worker: the index's own side (searchHost.ts, what the worker runs) answers in this
// thread, reading the same IndexedDB with the same key.
const found = async (query: string) =>
  (await searchJournal(query, 10_000)).items.map((item) => item.id);
const indexSize = () => getSearchIndexState().size;

async function startIndex() {
  startSearchIndex();
  await whenSearchIndexReady();
}

describe('search index', () => {
  beforeEach(freshVault);

  it('finds a word in a sealed entry, newest first', async () => {
    await saveEntry({ id: 'old', body: 'I called my sponsor after the meeting.' }, noon);
    await saveEntry({ id: 'new', title: 'Sponsor', body: 'Coffee with a friend.' }, noon + hour);
    await saveEntry({ id: 'other', body: 'A quiet walk in the park.' }, noon + 2 * hour);
    expect(JSON.stringify(await db.entries.toArray())).not.toContain('sponsor');

    await startIndex();
    expect(indexSize()).toBe(3);
    expect(await found('sponsor')).toEqual(['new', 'old']);
    // Only the results asked for cross back from the worker, already cut and highlighted.
    const answer = await searchJournal('sponsor', 1);
    expect(answer.total).toBe(2);
    expect(answer.items).toEqual([
      {
        id: 'new',
        created: noon + hour,
        heading: [{ text: 'Sponsor', match: true }],
        snippet: [{ text: 'Coffee with a friend.', match: false }],
      },
    ]);
    expect(await found('park')).toEqual(['other']);
    expect(await found('elephant')).toEqual([]);
    expect(await found('   ')).toEqual([]);
  });

  it('ignores case and accents, both ways', async () => {
    await saveEntry({ id: 'cafe', body: 'Met JOSÉ at the Café on Main Street.' }, noon);
    await saveEntry({ id: 'naive', body: 'I felt naive and small.' }, noon + hour);
    await startIndex();
    expect(await found('cafe')).toEqual(['cafe']);
    expect(await found('CAFÉ')).toEqual(['cafe']);
    expect(await found('jose')).toEqual(['cafe']);
    expect(await found('naïve')).toEqual(['naive']);
    expect(await found('NAIVE')).toEqual(['naive']);
  });

  it('needs every word to match, the last one as the start of a word', async () => {
    await saveEntry({ id: 'both', body: 'Grateful for my sponsor today.' }, noon);
    await saveEntry({ id: 'one', body: 'Grateful for the rain.' }, noon + hour);
    await saveEntry({ id: 'tags', body: 'A short note.', tags: ['gratitude'] }, noon + 2 * hour);
    await startIndex();
    expect(await found('grateful sponsor')).toEqual(['both']);
    expect(await found('sponsor grateful')).toEqual(['both']);
    expect(await found('grateful spon')).toEqual(['both']);
    expect(await found('grat')).toEqual(['tags', 'one', 'both']);
    // Only the last word is a prefix; words before it match whole.
    expect(await found('grat sponsor')).toEqual([]);
    // A word matches from its start, not from its middle.
    expect(await found('ponsor')).toEqual([]);
    expect(await found('grateful elephant')).toEqual([]);
  });

  it('finds an edited entry by its new words and not by its old ones', async () => {
    await saveEntry({ id: 'e1', body: 'Angry at the bus driver.' }, noon);
    await startIndex();
    expect(await found('angry')).toEqual(['e1']);

    await saveEntry({ id: 'e1', body: 'Calmer now, after a long walk.' }, noon + hour);
    await vi.waitFor(async () => expect(await found('calmer')).toEqual(['e1']));
    expect(await found('angry')).toEqual([]);

    await saveEntry({ id: 'e2', body: 'Calmer again tonight.' }, noon + 2 * hour);
    await vi.waitFor(async () => expect(await found('calmer')).toEqual(['e2', 'e1']));
  });

  it('does not search entries in Trash, and finds them again once restored', async () => {
    await saveEntry({ id: 'kept', body: 'Resentment toward my brother.' }, noon);
    await saveEntry({ id: 'trashed', body: 'Resentment toward my boss.' }, noon + hour);
    await trashEntry('trashed', noon + 2 * hour);
    await startIndex();
    expect(await found('resentment')).toEqual(['kept']);

    await trashEntry('kept', noon + 3 * hour);
    await vi.waitFor(async () => expect(await found('resentment')).toEqual([]));
    await restoreEntry('trashed');
    await vi.waitFor(async () => expect(await found('resentment')).toEqual(['trashed']));
  });

  it('finds an entry written while the index was still opening the journal', async () => {
    // More than two batches, so the build is still reading when the writes land.
    for (let i = 0; i < 1100; i += 1) {
      await saveEntry({ id: `e${String(i).padStart(4, '0')}`, body: `Evening note ${i}.` }, noon);
    }
    startSearchIndex();
    expect(getSearchIndexState().status).toBe('building');
    // e0001 is in the first batch read; its new words must replace the ones the build opened.
    await saveEntry({ id: 'e0001', body: 'Rewritten: a lighthouse on the coast.' }, noon + hour);
    await saveEntry({ id: 'during', body: 'A lighthouse, drawn from memory.' }, noon + 2 * hour);
    await whenSearchIndexReady();
    await vi.waitFor(async () => expect(await found('lighthouse')).toEqual(['during', 'e0001']));
    expect(await found('evening')).toHaveLength(1099);
    expect(indexSize()).toBe(1101);
  });

  it('lets go of an entry deleted for good and of every entry when the table is emptied', async () => {
    await saveEntry({ id: 'a', body: 'Harbour walk with my sister.' }, noon);
    await saveEntry({ id: 'b', body: 'Harbour lights at night.' }, noon + hour);
    await startIndex();
    expect(await found('harbour')).toEqual(['b', 'a']);

    await trashEntry('a', noon + 2 * hour);
    await deleteEntryForever('a');
    await vi.waitFor(async () => expect(await found('harbour')).toEqual(['b']));
    // A write over a range of keys (a backup replacing the journal) names no records.
    await db.entries.clear();
    await vi.waitFor(() => expect(indexSize()).toBe(0));
    expect(await found('harbour')).toEqual([]);
  });

  it('opens every live entry, in batches, whatever their number', async () => {
    for (let i = 0; i < 1203; i += 1) {
      await saveEntry({ id: `e${String(i).padStart(4, '0')}`, body: `Note ${i}` }, noon + i);
    }
    await trashEntry('e0500', noon + hour);
    const opened = await openAllLiveEntries();
    expect(opened).toHaveLength(1202);
    expect(new Set(opened.map((entry) => entry.id)).size).toBe(1202);
    expect(opened.some((entry) => entry.id === 'e0500')).toBe(false);
    expect(opened.find((entry) => entry.id === 'e1202')?.body).toBe('Note 1202');
  });

  it('empties when the opened entries are forgotten (the journal locks)', async () => {
    await saveEntry({ id: 'e1', body: 'Something private.' }, noon);
    await startIndex();
    expect(await found('private')).toEqual(['e1']);

    forgetOpenedEntries();
    expect(indexSize()).toBe(0);
    expect(await found('private')).toEqual([]);
    expect(getSearchIndexState().status).toBe('idle');
    // Later writes do not fill it again behind the lock's back.
    await saveEntry({ id: 'e2', body: 'More private words.' }, noon + hour);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(indexSize()).toBe(0);
  });
});

describe('reading ahead while the journal is locked', () => {
  beforeEach(async () => {
    await freshVault();
    performance.clearMarks('search-index-read-ahead');
  });

  /** The journal as the unlock screen has it: the key dropped (as lockJournal does), and back. */
  const lock = () => useVaultStore.setState({ status: 'locked' }, true);
  const unlockWith = (key: CryptoKey) => useVaultStore.setState({ status: 'open', key }, true);
  const readAhead = () =>
    vi.waitFor(() =>
      expect(performance.getEntriesByName('search-index-read-ahead')).toHaveLength(1),
    );

  it('opens nothing before the key, and after it finds what another tab wrote meanwhile', async () => {
    await saveEntry({ id: 'a', body: 'Harbour walk, the old words.' }, noon);
    await saveEntry({ id: 'b', body: 'Harbour lights.' }, noon + hour);
    await saveEntry({ id: 'c', body: 'Harbour storm.' }, noon + 2 * hour);
    const key = currentKey();
    lock();
    prepareSearchIndex();
    await readAhead();
    expect(getSearchIndexState()).toMatchObject({ status: 'idle', size: 0 });
    expect(await found('harbour')).toEqual([]);

    // Another tab, unlocked, writes after the reading (its notices reach this tab through Dexie).
    unlockWith(key);
    await saveEntry({ id: 'a', body: 'Lighthouse walk, the new words.' }, noon + 3 * hour);
    await saveEntry({ id: 'd', body: 'A lighthouse at dusk.' }, noon + 4 * hour);
    await trashEntry('b', noon + 5 * hour);
    await deleteEntryForever('b');
    lock();
    await new Promise((resolve) => setTimeout(resolve, 20));

    unlockWith(key);
    startSearchIndex();
    await whenSearchIndexReady();
    await vi.waitFor(async () => expect(await found('lighthouse')).toEqual(['d', 'a']));
    expect(await found('harbour')).toEqual(['c']);
    expect(indexSize()).toBe(3);
  });

  it('lets go of what it read when the journal is left (Quick exit), and starts afresh after', async () => {
    await saveEntry({ id: 'a', body: 'Harbour walk.' }, noon);
    const key = currentKey();
    lock();
    prepareSearchIndex();
    await readAhead();
    forgetOpenedEntries();
    unlockWith(key);
    await saveEntry({ id: 'b', body: 'Harbour again.' }, noon + hour);
    startSearchIndex();
    await whenSearchIndexReady();
    expect(await found('harbour')).toEqual(['b', 'a']);
  });

  it('reads nothing ahead while the journal is open', async () => {
    await saveEntry({ id: 'a', body: 'Harbour walk.' }, noon);
    prepareSearchIndex();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(performance.getEntriesByName('search-index-read-ahead')).toHaveLength(0);
    await startIndex();
    expect(await found('harbour')).toEqual(['a']);
  });
});

describe('the first build and the page’s background work', () => {
  beforeEach(freshVault);

  /** True when background work (warming screens) may run now (Node has no typing to wait on):
   * it would have within a few microtasks, long before the build's next read of the database. */
  const mayRun = async () => {
    let ran = false;
    void backgroundWorkMayRun().then(() => (ran = true));
    for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
    return ran;
  };

  it('holds warming back while the journal is first opened for search, and lets it go after', async () => {
    for (let i = 0; i < 30; i += 1) await saveEntry({ id: `e${i}`, body: `Note ${i}` }, noon + i);
    expect(await mayRun()).toBe(true);
    startSearchIndex();
    expect(await mayRun()).toBe(false);
    await whenSearchIndexReady();
    expect(indexSize()).toBe(30);
    expect(await mayRun()).toBe(true);
    // Keeping up with later writes is not a first build: nothing is held back while it does.
    await saveEntry({ id: 'late', body: 'Written after.' }, noon + hour);
    while ((await found('written')).length === 0) {
      expect(await mayRun()).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(await found('written')).toEqual(['late']);
  });

  it('lets warming go when the journal locks in the middle of the build', async () => {
    await saveEntry({ id: 'e1', body: 'Something private.' }, noon);
    startSearchIndex();
    expect(await mayRun()).toBe(false);
    forgetOpenedEntries();
    expect(await mayRun()).toBe(true);
  });
});

describe('the index alone (what the worker holds)', () => {
  const entry = (id: string, created: number, title: string, body: string) => ({
    id,
    created,
    title,
    body,
    tags: [],
  });
  const ids = (index: SearchIndex, query: string) =>
    index.search(query).entries.map((item) => item.id);

  it('answers a narrowing keystroke with the entries changed since the wider one', () => {
    const index = new SearchIndex();
    index.replaceAll([entry('a', 1, '', 'Gratitude list'), entry('gone', 0, '', 'Gravel')]);
    expect(ids(index, 'gra')).toEqual(['a', 'gone']);
    index.put(entry('b', 2, 'Grateful', ''));
    expect(ids(index, 'grat')).toEqual(['b', 'a']);
    index.remove('a');
    expect(ids(index, 'grati')).toEqual([]);
    expect(ids(index, 'grate')).toEqual(['b']);
    index.put({ ...entry('b', 2, 'Grateful', ''), deletedAt: 3 });
    expect(index.size).toBe(1);
    expect(ids(index, 'grate')).toEqual([]);
  });
});

describe('change notices', () => {
  const part = 'idb://stepwork/entries/';

  it('names the entries a write touched, also after crossing from another tab', () => {
    const tree = new RangeSet().addKeys(['b', 'a', 'c']);
    // Another tab's notice arrives structured-cloned: a plain tree, no methods.
    const cloned = structuredClone({ [part]: { ...tree } });
    expect(entryChangeOf({ [part]: tree }, 'stepwork')).toEqual({ ids: ['a', 'b', 'c'] });
    expect(entryChangeOf(cloned, 'stepwork')).toEqual({ ids: ['a', 'b', 'c'] });
  });

  it('asks for everything when a write covered a range, and ignores other tables', () => {
    expect(entryChangeOf({ [part]: new RangeSet('a', 'm') }, 'stepwork')).toEqual({ all: true });
    expect(
      entryChangeOf({ 'idb://stepwork/letters/': new RangeSet().addKey('x') }, 'stepwork'),
    ).toBeNull();
    expect(entryChangeOf({ [part]: new RangeSet().addKey('x') }, 'another')).toBeNull();
  });
});

describe('highlighting and snippets', () => {
  it('marks whole words and the typed start of the last word, keeping the original text', () => {
    const terms = parseQuery('cafe gra');
    expect(highlight('At the Café, grateful.', terms)).toEqual([
      { text: 'At the ', match: false },
      { text: 'Café', match: true },
      { text: ', ', match: false },
      { text: 'gra', match: true },
      { text: 'teful.', match: false },
    ]);
    // A combining accent stays with its letter.
    expect(highlight('cafe\u0301 time', parseQuery('cafe'))[0]).toEqual({
      text: 'cafe\u0301',
      match: true,
    });
  });

  it('cuts a snippet around the first match', () => {
    const body = `${'Before words go here. '.repeat(10)}The word sponsor is here. ${'After. '.repeat(40)}`;
    const piece = snippet(body, parseQuery('sponsor'));
    expect(piece.startsWith('…')).toBe(true);
    expect(piece.endsWith('…')).toBe(true);
    expect(piece).toContain('sponsor');
    expect(piece.length).toBeLessThan(240);
  });
});
