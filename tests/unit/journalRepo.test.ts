import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import {
  EntryInputError,
  getEntry,
  listEntries,
  listEntryMeta,
  listRecentEntryMeta,
  MAX_ENTRY_CHARS,
  restoreEntry,
  saveEntry,
  trashEntry,
} from '../../src/features/journal/journalRepo';
import { freshVault } from '../helpers/freshVault';

const noon = new Date(2026, 10, 21, 12, 0).getTime();

describe('journal repository', () => {
  beforeEach(freshVault);

  it('creates an entry on its first save and keeps its words sealed', async () => {
    await saveEntry({ id: 'e1', title: 'A hard morning', body: 'I called my sponsor.' }, noon);
    const row = await db.entries.get('e1');
    expect(row).toMatchObject({
      id: 'e1',
      created: noon,
      updated: noon,
      day: '2026-11-21',
      step: 0,
    });
    expect(JSON.stringify(row)).not.toContain('sponsor');
    expect(Object.keys(row ?? {}).sort()).toEqual([
      'created',
      'day',
      'id',
      'sealed',
      'step',
      'updated',
    ]);
    expect(await getEntry('e1')).toMatchObject({
      title: 'A hard morning',
      body: 'I called my sponsor.',
    });
  });

  it('keeps no record for a blank page', async () => {
    await saveEntry({ id: 'blank', title: '  ', body: '\n  ' }, noon);
    expect(await db.entries.count()).toBe(0);
  });

  it('updates in place, keeping the day and creation time it was born with', async () => {
    await saveEntry({ id: 'e1', body: 'first' }, noon);
    const nextDay = noon + 24 * 3600 * 1000;
    await saveEntry({ id: 'e1', body: 'first, then more' }, nextDay);
    const row = await db.entries.get('e1');
    expect(row).toMatchObject({ created: noon, updated: nextDay, day: '2026-11-21' });
    expect((await getEntry('e1'))?.body).toBe('first, then more');
    expect(await db.entries.count()).toBe(1);
  });

  it('lists live entries newest first', async () => {
    await saveEntry({ id: 'old', body: 'old' }, noon - 1000);
    await saveEntry({ id: 'new', body: 'new' }, noon);
    await saveEntry({ id: 'gone', body: 'gone' }, noon + 1000);
    await trashEntry('gone');
    expect((await listEntries()).map((entry) => entry.id)).toEqual(['new', 'old']);
  });

  it('reads the list layout from clear metadata: all live entries, or just the newest few', async () => {
    await saveEntry({ id: 'a', body: 'a', step: 4 }, noon - 2000);
    await saveEntry({ id: 'b', body: 'b' }, noon - 1000);
    await saveEntry({ id: 'c', body: 'c', step: 1 }, noon);
    await trashEntry('b');
    expect(await listEntryMeta()).toEqual([
      { id: 'c', created: noon, day: '2026-11-21', step: 1 },
      { id: 'a', created: noon - 2000, day: '2026-11-21', step: 4 },
    ]);
    expect((await listRecentEntryMeta(1)).map((meta) => meta.id)).toEqual(['c']);
    expect((await listRecentEntryMeta(5)).map((meta) => meta.id)).toEqual(['c', 'a']);
  });

  it('moves to Trash and back without losing a word', async () => {
    await saveEntry({ id: 'e1', body: 'keep me' }, noon);
    await trashEntry('e1', noon + 5);
    expect((await getEntry('e1'))?.deletedAt).toBe(noon + 5);
    await restoreEntry('e1');
    const entry = await getEntry('e1');
    expect(entry?.deletedAt).toBeUndefined();
    expect(entry?.body).toBe('keep me');
  });

  it('keeps long, emoji and right-to-left text exactly', async () => {
    const body = `${'long line of recovery writing. '.repeat(3300)}🌱💛 אני כאן مرحبا`;
    expect(body.length).toBeGreaterThan(100_000);
    await saveEntry({ id: 'e1', body }, noon);
    expect((await getEntry('e1'))?.body).toBe(body);
  });

  it('stores markup as plain text', async () => {
    const body = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    await saveEntry({ id: 'e1', body }, noon);
    expect((await getEntry('e1'))?.body).toBe(body);
  });

  it('refuses bad input with a plain message and writes nothing', async () => {
    await expect(saveEntry({ id: '', body: 'x' })).rejects.toThrow(EntryInputError);
    await expect(saveEntry({ id: 'e', body: 'x', step: 13 })).rejects.toThrow('1 to 12');
    await expect(saveEntry({ id: 'e', body: 'x', mood: 9 })).rejects.toThrow('1 to 5');
    await expect(saveEntry({ id: 'e', body: 'x'.repeat(MAX_ENTRY_CHARS + 1) })).rejects.toThrow(
      'Split it',
    );
    expect(await db.entries.count()).toBe(0);
  });

  it('gives the local day even around a daylight-saving change', async () => {
    // Tests run in Europe/London (vitest.config.ts). Clocks went forward on 29 March 2026, so
    // 23:30 UTC that night is already 00:30 on the 30th where the person lives.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Europe/London');
    await saveEntry({ id: 'dst', body: 'late night' }, Date.UTC(2026, 2, 29, 23, 30));
    expect((await db.entries.get('dst'))?.day).toBe('2026-03-30');
    await saveEntry({ id: 'winter', body: 'late night' }, Date.UTC(2026, 0, 15, 23, 30));
    expect((await db.entries.get('winter'))?.day).toBe('2026-01-15');
  });
});

describe('a damaged record', () => {
  beforeEach(freshVault);

  it('is shown as unreadable, never as garbage, and the rest of the journal still opens', async () => {
    await saveEntry({ id: 'good', body: 'safe and sound' }, noon);
    await saveEntry({ id: 'bad', body: 'about to be damaged' }, noon + 1);
    const row = await db.entries.get('bad');
    const bytes = new Uint8Array(row!.sealed.data.slice(0));
    bytes[5] = (bytes[5] ?? 0) ^ 0x40;
    await db.entries.update('bad', { sealed: { iv: row!.sealed.iv, data: bytes.buffer } });

    const entries = await listEntries();
    expect(entries.map((entry) => [entry.id, entry.unreadable ?? false, entry.body])).toEqual([
      ['bad', true, ''],
      ['good', false, 'safe and sound'],
    ]);
  });
});
