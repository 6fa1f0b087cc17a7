import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../src/features/backup/exportBackup';
import {
  MAX_FILE_BYTES,
  openEncryptedBackup,
  readBackupFile,
} from '../../../src/features/backup/importBackup';
import { ImportError } from '../../../src/features/backup/importErrors';
import { freshVault } from '../../helpers/freshVault';
import { seedRecords } from '../../helpers/journalRecords';
import { sampleJournal } from './sampleJournal';

// Each refusal the issue lists, with the words a person sees. All of them end by saying the
// journal on this device was not changed.

const blob = (text: string) => new Blob([text], { type: 'application/json' });

async function refusal(text: string | Blob, available?: number): Promise<ImportError> {
  const error = await readBackupFile(typeof text === 'string' ? blob(text) : text, available).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

let valid: Record<string, unknown>;

beforeEach(async () => {
  await freshVault();
  await seedRecords(sampleJournal());
  valid = JSON.parse((await exportBackup()).text) as Record<string, unknown>;
});

describe('refusing a backup file', () => {
  it('says when a file is not JSON at all', async () => {
    const error = await refusal('Dear diary, today I…');
    expect(error.kind).toBe('not-json');
    expect(error.message).toMatch(/^This file is not a Stepwork backup/);
    expect(error.message).toContain('has not been changed');
  });

  it('says when a JSON file is not a Stepwork backup', async () => {
    const error = await refusal(JSON.stringify({ notes: ['a'], format: 'other-app' }));
    expect(error.kind).toBe('not-stepwork');
    expect(error.message).toContain('Choose a file Stepwork saved');
  });

  it('says when a backup was cut short', async () => {
    const text = JSON.stringify(valid);
    const error = await refusal(text.slice(0, Math.floor(text.length * 0.7)));
    expect(error.kind).toBe('truncated');
    expect(error.message).toContain('stops part-way through');
  });

  it('says when a backup comes from a newer Stepwork', async () => {
    const error = await refusal(JSON.stringify({ ...valid, version: 99 }));
    expect(error.kind).toBe('newer');
    expect(error.message).toContain('made by a newer Stepwork');
  });

  it('says where a field is missing or of the wrong kind', async () => {
    const journal = valid.journal as Record<string, Record<string, unknown>[]>;
    delete journal.entries![1]!.day;
    const missing = await refusal(JSON.stringify(valid));
    expect(missing.kind).toBe('invalid');
    expect(missing.message).toContain('Journal entries, record 2');
    journal.entries![1]!.day = 20260111;
    const wrong = await refusal(JSON.stringify(valid));
    expect(wrong.message).toContain('Journal entries, record 2, “day”');
  });

  it('refuses hostile keys and leaves every prototype alone', async () => {
    const text = JSON.stringify(valid).replace(
      '{"id":"e1"',
      '{"__proto__":{"admin":true},"id":"e1"',
    );
    const error = await refusal(text);
    expect(error.kind).toBe('hostile');
    expect(error.message).toContain('__proto__');
    const ctor = await refusal(
      JSON.stringify(valid).replace('{"id":"c1"', '{"constructor":{"prototype":{}},"id":"c1"'),
    );
    expect(ctor.kind).toBe('hostile');
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('says when a file is too large for the device, before reading it', async () => {
    const small = await refusal(blob(JSON.stringify(valid)), 100);
    expect(small.kind).toBe('too-large');
    expect(small.message).toContain('larger than the space this device has');
    const huge = { size: MAX_FILE_BYTES + 1, text: () => Promise.reject(new Error('not read')) };
    expect((await refusal(huge as unknown as Blob)).kind).toBe('too-large');
  });

  it('says when the passphrase is wrong', async () => {
    const encrypted = (await exportBackup({ passphrase: 'correct horse', iterations: 1000 })).text;
    const parsed = await readBackupFile(blob(encrypted));
    if (!parsed.encrypted) throw new Error('expected an encrypted file');
    await expect(openEncryptedBackup(parsed.envelope, 'incorrect horse')).rejects.toThrow(
      'That passphrase did not open this backup',
    );
    const opened = await openEncryptedBackup(parsed.envelope, 'correct horse');
    expect(opened.journal.entries.map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('keeps text with HTML or script as text, exactly', async () => {
    const journal = valid.journal as Record<string, { fields: Record<string, unknown> }[]>;
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    journal.entries![0]!.fields.body = hostile;
    const parsed = await readBackupFile(blob(JSON.stringify(valid)));
    if (parsed.encrypted) throw new Error('expected a plain file');
    expect(parsed.document.journal.entries[0]!.fields).toMatchObject({ body: hostile });
  });
});
