import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../../../src/features/backup/format';
import { eveningCheckinIcs } from '../../../src/features/backup/ics';
import { journalMarkdown } from '../../../src/features/backup/markdown';
import { PORTABLE_SETTINGS } from '../../../src/features/backup/portableSettings';
import { AUTO_LOCK_KEY } from '../../../src/features/vault/useAutoLock';
import { ATTEMPTS_KEY } from '../../../src/features/vault/unlockAttempts';
import { CRISIS_LINES_HIDDEN_KEY } from '../../../src/features/safety/useSafety';
import { RECOVERY_ON_KEY } from '../../../src/features/today/recoveryRepo';
import { PERSISTENCE_KEY } from '../../../src/core/persistence';
import { db } from '../../../src/db/db';
import type { BackupJournal } from '../../../src/features/backup/format';

describe('what a backup covers', () => {
  it('lists every table but keys, the id secret, deletion marks and settings, and portable settings by their owners’ names', () => {
    // `idKeys` belongs to this device like `keys`: a journal brought in gets this one's secret.
    // `deletions` holds no one's words, only this device's marks of what was deleted for good.
    const all = db.tables
      .map((t) => t.name)
      .filter((n) => !['keys', 'idKeys', 'deletions', 'settings'].includes(n));
    expect([...BACKUP_TABLES].sort()).toEqual(all.sort());
    const portable = Object.keys(PORTABLE_SETTINGS);
    expect(portable).toEqual(
      expect.arrayContaining([AUTO_LOCK_KEY, CRISIS_LINES_HIDDEN_KEY, RECOVERY_ON_KEY]),
    );
    expect(portable).not.toContain(ATTEMPTS_KEY);
    expect(portable).not.toContain(PERSISTENCE_KEY);
  });
});

describe('the evening check-in calendar file', () => {
  it('is a daily event at the chosen local time, with CRLF lines', () => {
    const ics = eveningCheckinIcs('20:30', new Date(2026, 10, 21, 9), 'fixed');
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('DTSTART:20261121T203000');
    expect(lines).toContain('RRULE:FREQ=DAILY');
    expect(lines).toContain('SUMMARY:Evening check-in');
    expect(lines).toContain('UID:fixed@reminder.invalid');
    // Neutral unless the person chooses: nothing names the app.
    expect(ics).not.toMatch(/stepwork/i);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(lines.every((line) => line.length <= 75)).toBe(true);
    expect(() => eveningCheckinIcs('25:00')).toThrow(RangeError);
  });

  it('names the app only when the person chooses to', () => {
    const ics = eveningCheckinIcs('20:30', new Date(2026, 10, 21, 9), 'fixed', { named: true });
    const lines = ics.split('\r\n');
    expect(lines).toContain('SUMMARY:Evening check-in');
    expect(lines).toContain('UID:fixed@stepwork.invalid');
    expect(lines).toContain('DESCRIPTION:A few quiet minutes with Stepwork\\, when you are ready.');
    expect(lines.every((line) => line.length <= 75)).toBe(true);
  });
});

describe('Markdown for reading', () => {
  const entry = (id: string, step: number, body: string, deletedAt?: number) => ({
    id,
    created: Date.UTC(2026, 0, 2),
    updated: 0,
    day: '2026-01-02',
    step,
    ...(deletedAt ? { deletedAt } : {}),
    fields: { title: `Title ${id}`, body, tags: [] },
  });
  const journal = {
    ...Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])),
    entries: [
      entry('a', 4, 'Step four words'),
      entry('b', 0, 'Free words'),
      entry('c', 4, 'Trashed', 9),
    ],
    contacts: [{ id: 'x', created: 0, updated: 0, fields: { name: 'Sam' } }],
    letters: [{ id: 'l', created: 0, updated: 0, status: 'released', fields: { body: 'gone' } }],
    settings: [],
  } as unknown as BackupJournal;

  it('holds everything, one step’s work, or chosen entries, never the trash or a released letter', () => {
    const all = journalMarkdown(journal, { kind: 'everything' });
    expect(all).toContain('Step four words');
    expect(all).toContain('Free words');
    expect(all).toContain('**Name:** Sam');
    expect(all).not.toContain('Trashed');
    expect(all).not.toContain('gone');
    const step = journalMarkdown(journal, { kind: 'step', step: 4 });
    expect(step).toContain('# Step 4');
    expect(step).toContain('Step four words');
    expect(step).not.toContain('Free words');
    const chosen = journalMarkdown(journal, { kind: 'entries', ids: ['b'] });
    expect(chosen).toContain('### Title b');
    expect(chosen).not.toContain('Step four words');
  });

  it('never shares a part of the person’s own for a harm marked "done to me"', () => {
    const row = (id: string, doneToMe: boolean) => ({
      id,
      created: 0,
      updated: 0,
      list: 'harm',
      day: '2026-01-02',
      fields: { subject: `Person ${id}`, story: 'What happened', doneToMe, myPart: `Part ${id}` },
    });
    const written = journalMarkdown(
      {
        ...journal,
        inventoryItems: [row('kept', false), row('hidden', true)],
        amends: [
          {
            id: 'a',
            created: 0,
            updated: 0,
            status: 'listed',
            inventoryItemId: 'hidden',
            fields: { person: 'Person hidden', myPart: 'Amends part hidden' },
          },
        ],
      } as unknown as BackupJournal,
      { kind: 'everything' },
    );
    expect(written).toContain('Part kept');
    expect(written).toContain('Person hidden');
    expect(written).not.toContain('Part hidden');
  });
});
