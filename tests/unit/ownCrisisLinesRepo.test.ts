import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import {
  addOwnCrisisLine,
  listOwnCrisisLines,
  OWN_CRISIS_LINES_ID,
  OwnLineInputError,
  removeOwnCrisisLine,
} from '../../src/features/safety/ownCrisisLinesRepo';
import { freshVault } from '../helpers/freshVault';
import { sealUnchecked } from '../helpers/journalRecords';

beforeEach(freshVault);

describe('a person’s own crisis lines', () => {
  it('keeps lines in the order they were added, trimmed, and removes one', async () => {
    const first = await addOwnCrisisLine(
      { name: ' Warmline ', number: '0800 123 456', note: '' },
      10,
    );
    await addOwnCrisisLine({ name: 'Chile', number: '*4141', note: 'from abroad: no' }, 20);
    await addOwnCrisisLine({ name: 'Sam', number: '+44 (0)7700 900123', note: 'sponsor' }, 30);
    expect((await listOwnCrisisLines()) as unknown[]).toEqual([
      { id: first, name: 'Warmline', number: '0800 123 456', note: '' },
      expect.objectContaining({ name: 'Chile', number: '*4141' }),
      expect.objectContaining({ name: 'Sam', number: '+44 (0)7700 900123' }),
    ]);
    const row = await db.documents.get(OWN_CRISIS_LINES_ID);
    expect(row).toMatchObject({ created: 10, updated: 30 });

    await removeOwnCrisisLine(first, 40);
    expect(((await listOwnCrisisLines()) as { name: string }[]).map((l) => l.name)).toEqual([
      'Chile',
      'Sam',
    ]);
  });

  it('refuses a line with no name or a number no phone can dial', async () => {
    for (const [input, message] of [
      [{ name: '  ', number: '112', note: '' }, 'Please add a name'],
      [{ name: 'Line', number: 'call me', note: '' }, 'The number can hold digits'],
      [{ name: 'Line', number: '1*2', note: '' }, 'The number can hold digits'],
      [{ name: 'Line', number: '5', note: '' }, 'The number can hold digits'],
      [{ name: 'x'.repeat(501), number: '112', note: '' }, 'up to 500 characters'],
    ] as const) {
      const failure = await addOwnCrisisLine(input).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(OwnLineInputError);
      expect((failure as Error).message).toContain(message);
    }
    expect(await listOwnCrisisLines()).toEqual([]);
  });

  it('never writes over lines that cannot be opened', async () => {
    const sealed = await sealUnchecked('documents', OWN_CRISIS_LINES_ID, { lines: 'not a list' });
    await db.documents.put({ id: OWN_CRISIS_LINES_ID, created: 1, updated: 1, sealed });
    expect(await listOwnCrisisLines()).toBe('unreadable');

    const failure = await addOwnCrisisLine({ name: 'New', number: '112', note: '' }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(OwnLineInputError);
    expect((failure as Error).message).toContain('nothing was changed');
    await expect(removeOwnCrisisLine('any')).rejects.toBeInstanceOf(OwnLineInputError);
    expect(await db.documents.get(OWN_CRISIS_LINES_ID)).toEqual({
      id: OWN_CRISIS_LINES_ID,
      created: 1,
      updated: 1,
      sealed,
    });
  });
});
