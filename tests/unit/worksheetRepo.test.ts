import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { exportBackup } from '../../src/features/backup/exportBackup';
import type { BackupDocument } from '../../src/features/backup/format';
import { applyImport, planImport } from '../../src/features/backup/importRepo';
import { journalMarkdown } from '../../src/features/backup/markdown';
import { parseBackupText } from '../../src/features/backup/parseBackup';
import { STEPS, WORKSHEETS, worksheetFields } from '../../src/features/steps/content';
import {
  getWorksheetWords,
  MAX_LINES,
  saveWorksheet,
  type WorksheetWords,
} from '../../src/features/steps/worksheetRepo';
import { freshVault } from '../helpers/freshVault';

// A step exercise's worksheet: one sealed document per exercise, nothing of its words in the
// clear, carried whole by a backup, and read back as the person's own work in the export.

const T = Date.UTC(2026, 2, 3, 19);

const twoColumns = (): WorksheetWords => ({
  texts: { readBack: 'It was not my fault' },
  lists: {
    beyond: [
      { id: 'r1', text: 'What my uncle did' },
      { id: 'r2', text: 'The drinking that took hold' },
    ],
    within: [{ id: 'r3', text: 'An early night' }],
  },
});

function plain(text: string): BackupDocument {
  const parsed = parseBackupText(text);
  if (parsed.encrypted) throw new Error('expected a plain file');
  return parsed.document;
}

beforeEach(freshVault);

describe('the worksheets in the steps’ content', () => {
  it('belong to real exercises, with box ids unique within each', () => {
    const exercises = new Set(STEPS.flatMap((step) => step.exercises.map((e) => e.id)));
    for (const [id, worksheet] of Object.entries(WORKSHEETS)) {
      expect(exercises.has(id), id).toBe(true);
      const ids = worksheetFields(worksheet).map((field) => field.id);
      expect(new Set(ids).size, id).toBe(ids.length);
    }
    // Step 1's two columns and step 3's circle are there, as pairs of lists.
    expect(WORKSHEETS['s1-e1']!.parts[0]).toMatchObject({ kind: 'columns' });
    expect(WORKSHEETS['s3-e1']!.parts[0]).toMatchObject({ kind: 'circle' });
  });
});

describe('a worksheet saved', () => {
  it('is sealed on disk: neither its words nor its exercise’s name in the clear', async () => {
    await saveWorksheet('s1-e1', twoColumns(), T);
    const rows = await db.documents.toArray();
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(['created', 'id', 'sealed', 'updated']);
    const onDisk = JSON.stringify(rows[0]);
    expect(onDisk).not.toContain('uncle');
    expect(onDisk).not.toContain('beyond');
    // The document-id middleware keeps the kind opaque; readers still see the exercise's id.
    expect(await getWorksheetWords('s1-e1')).toEqual({
      ...twoColumns(),
      id: 'worksheet:s1-e1',
      created: T,
      updated: T,
    });
  });

  it('keeps a removed line gone, and an emptied worksheet empty rather than its old words', async () => {
    await saveWorksheet('s1-e1', twoColumns(), T);
    const fewer = twoColumns();
    fewer.lists.beyond = fewer.lists.beyond!.filter((row) => row.id !== 'r1');
    await saveWorksheet('s1-e1', fewer, T + 1);
    expect((await getWorksheetWords('s1-e1'))!.lists.beyond).toEqual([
      { id: 'r2', text: 'The drinking that took hold' },
    ]);
    await saveWorksheet('s1-e1', { texts: {}, lists: { beyond: [] } }, T + 2);
    expect(await getWorksheetWords('s1-e1')).toMatchObject({ texts: {}, lists: { beyond: [] } });
  });

  it('writes nothing for a blank worksheet that was never written', async () => {
    expect(
      await saveWorksheet('s2-e1', { texts: {}, lists: { details: [{ id: 'a', text: ' ' }] } }),
    ).toBeUndefined();
    expect(await db.documents.count()).toBe(0);
  });

  it('refuses an exercise with no worksheet, and lists longer than they keep, in plain words', async () => {
    await expect(saveWorksheet('s4-e1', twoColumns())).rejects.toThrow(
      'This exercise has no worksheet to fill in.',
    );
    const long = Array.from({ length: MAX_LINES + 1 }, (_, i) => ({ id: `r${i}`, text: 'x' }));
    await expect(saveWorksheet('s2-e1', { texts: {}, lists: { details: long } })).rejects.toThrow(
      `A list here keeps up to ${MAX_LINES} lines.`,
    );
    expect(await db.documents.count()).toBe(0);
  });
});

describe('a worksheet in a backup', () => {
  it('travels with its words and comes back to the same exercise on a new device', async () => {
    await saveWorksheet('s1-e1', twoColumns(), T);
    const result = await exportBackup();
    expect(result.unreadable).toBe(0);
    const document = plain(result.text);
    expect(document.journal.documents).toEqual([
      { id: 'worksheet:s1-e1', created: T, updated: T, fields: twoColumns() },
    ]);

    await freshVault();
    const plan = await planImport(document.journal);
    await applyImport(document.journal, 'replace', plan);
    expect(await getWorksheetWords('s1-e1')).toMatchObject(twoColumns());
  });

  it('offers “keep what is here” or “take the newer”, never both, when the words differ', async () => {
    await saveWorksheet('s1-e1', twoColumns(), T);
    const document = plain((await exportBackup()).text);
    const here = twoColumns();
    here.texts.readBack = 'Still finding the words';
    await saveWorksheet('s1-e1', here, T + 5);

    const plan = await planImport(document.journal);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]).toMatchObject({
      allowsTwo: false,
      label: 'Your worksheet for step 1: Beyond your control, within your reach',
    });
    // "Both" cannot apply: the exercise reads only its own worksheet. What is here stays.
    await applyImport(document.journal, 'merge', plan, { all: 'both' });
    expect(await db.documents.count()).toBe(1);
    expect((await getWorksheetWords('s1-e1'))!.texts.readBack).toBe('Still finding the words');
  });

  it('reads in the Markdown export under its step, each box under its own label', async () => {
    await saveWorksheet('s1-e1', twoColumns(), T);
    const document = plain((await exportBackup()).text);
    const markdown = journalMarkdown(document.journal, { kind: 'step', step: 1 });
    expect(markdown).toContain('## Worksheets');
    expect(markdown).toContain('### Beyond your control, within your reach');
    expect(markdown).toContain(
      '**Beyond my control**\n\n- What my uncle did\n- The drinking that took hold',
    );
    expect(markdown).toContain('**Within my reach today:** An early night');
    expect(markdown).toContain('**When I read the first column back:** It was not my fault');
    expect(journalMarkdown(document.journal, { kind: 'step', step: 2 })).not.toContain('uncle');
  });
});
