import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { exportBackup } from '../../src/features/backup/exportBackup';
import { countOwnRecords } from '../../src/features/backup/format';
import { openEncryptedBackup } from '../../src/features/backup/importBackup';
import { applyImport, planImport } from '../../src/features/backup/importRepo';
import { journalMarkdown } from '../../src/features/backup/markdown';
import { parseBackupText } from '../../src/features/backup/parseBackup';
import { recordLabel } from '../../src/features/backup/recordKinds';
import {
  addTriggers,
  getStayingWell,
  saveStayingWell,
  STAYING_WELL_ID,
} from '../../src/features/safety/stayingWellRepo';
import {
  emptyStayingWell,
  STAYING_WELL_SECTIONS,
} from '../../src/features/safety/stayingWellSections';
import { freshVault } from '../helpers/freshVault';
import { sealUnchecked } from '../helpers/journalRecords';

beforeEach(freshVault);

const PLAN = {
  ...emptyStayingWell(),
  triggers: 'Payday Fridays',
  warningSigns: 'Skipping breakfast',
  whatHelps: 'A cold shower',
  afterSlip: 'Call Marisol and be gentle',
};

/** Every stored byte of the document, as text: the words must not sit there in the clear. */
async function storedText(): Promise<string> {
  const row = await db.documents.get(STAYING_WELL_ID);
  return JSON.stringify(row) + new TextDecoder('latin1').decode(row!.sealed.data);
}

describe('the staying-well plan', () => {
  it('is sealed on disk and opens again exactly as written', async () => {
    expect(await getStayingWell()).toEqual({
      plan: emptyStayingWell(),
      unreadable: false,
      updated: 0,
    });
    await saveStayingWell(PLAN, 50);
    const row = await db.documents.get(STAYING_WELL_ID);
    expect(Object.keys(row!).sort()).toEqual(['created', 'id', 'sealed', 'updated']);
    expect(await storedText()).not.toMatch(/Payday|breakfast|shower|Marisol|gentle/);
    expect(await getStayingWell()).toEqual({ plan: PLAN, unreadable: false, updated: 50 });
  });

  it('takes a check-in’s triggers one a line, leaving out the ones it already names', async () => {
    await saveStayingWell(PLAN, 50);
    expect(await addTriggers('payday fridays\n  Being alone after work \n\nThe old bar', 60)).toBe(
      2,
    );
    expect((await getStayingWell()).plan.triggers).toBe(
      'Payday Fridays\nBeing alone after work\nThe old bar',
    );
    // The rest of the plan is as it was.
    expect((await getStayingWell()).plan.afterSlip).toBe('Call Marisol and be gentle');

    // Named again: nothing to add, nothing written.
    expect(await addTriggers('The old bar', 70)).toBe(0);
    expect((await getStayingWell()).updated).toBe(60);
  });

  it('starts a plan when a check-in’s triggers are the first words in it', async () => {
    expect(await addTriggers('Payday', 10)).toBe(1);
    expect(await getStayingWell()).toEqual({
      plan: { ...emptyStayingWell(), triggers: 'Payday' },
      unreadable: false,
      updated: 10,
    });
  });

  it('never writes over a plan that cannot be opened', async () => {
    const sealed = await sealUnchecked('documents', STAYING_WELL_ID, { triggers: ['Payday'] });
    await db.documents.put({ id: STAYING_WELL_ID, created: 1, updated: 1, sealed });
    expect((await getStayingWell()).unreadable).toBe(true);
    await expect(addTriggers('The old bar')).rejects.toThrow(
      'Your staying-well plan could not be opened, so nothing was added to it.',
    );
    expect(await db.documents.get(STAYING_WELL_ID)).toEqual({
      id: STAYING_WELL_ID,
      created: 1,
      updated: 1,
      sealed,
    });
  });

  it('travels in a backup, encrypted, and comes back on a new device', async () => {
    await saveStayingWell(PLAN, 50);
    const { text, records } = await exportBackup({
      passphrase: 'lantern by the door',
      iterations: 1000,
    });
    expect(records).toBe(1);
    expect(text).not.toMatch(/Payday|Marisol/);

    await freshVault();
    expect((await getStayingWell()).updated).toBe(0);
    const parsed = parseBackupText(text);
    if (!parsed.encrypted) throw new Error('The backup was meant to be encrypted');
    const { journal } = await openEncryptedBackup(parsed.envelope, 'lantern by the door');
    expect(countOwnRecords(journal)).toBe(1);
    const [record] = journal.documents;
    expect(recordLabel('documents', record!)).toBe('Your staying-well plan');

    await applyImport(journal, 'replace', await planImport(journal));
    expect(await getStayingWell()).toEqual({ plan: PLAN, unreadable: false, updated: 50 });
    expect(await storedText()).not.toMatch(/Payday|Marisol/);

    const markdown = journalMarkdown(journal, { kind: 'everything' });
    expect(markdown).toContain('My staying-well plan');
    expect(markdown).toContain('My triggers and risky times');
    expect(markdown).toContain('Call Marisol and be gentle');
  });

  it('speaks of a slip with care: none of the words VOICE.md keeps off the screen', () => {
    const forbidden =
      /\b(should|shouldn['’]?t|must|mustn['’]?t|failures?|failed|relapsed?|streaks?|clean|dirty|weak|bad|wrong)\b/i;
    const copy = STAYING_WELL_SECTIONS.flatMap(({ title, hint }) => [title, hint]);
    expect(copy.filter((text) => forbidden.test(text))).toEqual([]);
    expect(copy.join(' ')).toMatch(/A slip is part of many people’s road/);
  });
});
