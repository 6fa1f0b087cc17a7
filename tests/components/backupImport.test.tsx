import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { exportBackup } from '../../src/features/backup/exportBackup';
import { emptySafetyPlan } from '../../src/features/safety/safetyPlanSections';
import { getSetting, setSetting } from '../../src/core/settingsRepo';
import { emptyCheckin } from '../../src/features/today/checkinRepo';
import { freshVault } from '../helpers/freshVault';
import { readRecords, seedRecords } from '../helpers/journalRecords';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';

const HOSTILE = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script> still mine';

describe('bringing in a backup, the way a person does', () => {
  let file: File;
  beforeEach(async () => {
    await freshVault();
    await seedRecords({
      entries: [
        {
          id: 'e1',
          created: Date.UTC(2026, 0, 3),
          updated: Date.UTC(2026, 0, 3),
          day: '2026-01-03',
          step: 0,
          fields: { title: 'Odd text', body: HOSTILE, tags: [] },
        },
      ],
    });
    file = new File([(await exportBackup()).text], 'backup.json', { type: 'application/json' });
    await resetApp();
  });

  it('previews, merges, and shows HTML from the file as plain text', async () => {
    const { user } = renderApp('/settings/import');
    await user.upload(await screen.findByLabelText('Backup file'), file);
    expect(await screen.findByRole('heading', { name: 'What is in this backup' })).toBeVisible();
    expect(screen.getByRole('row', { name: /Journal entries/ })).toHaveTextContent('1');
    await user.click(screen.getByRole('button', { name: 'Bring in the backup' }));
    expect(await screen.findByText('1 record was added to your journal.')).toBeVisible();
    expect(await db.entries.count()).toBe(1);

    window.location.hash = '#/journal/e1';
    expect(await screen.findByDisplayValue(HOSTILE)).toBeVisible();
    expect(document.querySelector('img[src="x"], main script')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('refuses a damaged file in words and changes nothing', async () => {
    const { user } = renderApp('/settings/import');
    const text = await file.text();
    await user.upload(
      await screen.findByLabelText('Backup file'),
      new File([text.slice(0, 80)], 'cut.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('stops part-way through');
    expect(await db.entries.count()).toBe(0);
  });
});

describe('choosing what happens where the backup and this journal differ', () => {
  const T = Date.UTC(2026, 0, 10, 20);
  const checkin = (id: string, mood: number, updated: number) => ({
    id,
    created: T,
    updated,
    day: '2026-01-10',
    // In the shape the check-in writes, so it reads back exactly as written.
    fields: { ...emptyCheckin(), mood },
  });
  const plan = (words: string, updated: number) => ({
    id: 'safety-plan',
    created: T,
    updated,
    fields: { ...emptySafetyPlan(), warningSigns: words },
  });
  let file: File;

  beforeEach(async () => {
    // The other phone: both records changed later, one new entry, crisis lines hidden.
    await freshVault();
    await seedRecords({
      checkins: [checkin('other-phone', 5, T + 1000)],
      documents: [plan('call Sam', T + 1000)],
      entries: [
        { id: 'e9', created: T, updated: T, day: '2026-01-10', step: 0, fields: { body: 'hi' } },
      ],
    });
    await setSetting('crisisLinesHidden', true);
    file = new File([(await exportBackup()).text], 'backup.json', { type: 'application/json' });
    await resetApp();
  });

  async function openPreview() {
    const view = renderApp('/settings/import');
    const input = await screen.findByLabelText('Backup file');
    // This phone, as the app opened it: the same day's check-in and the plan, with other words.
    await seedRecords({ checkins: [checkin('k1', 3, T)], documents: [plan('breathe', T)] });
    await view.user.upload(input, file);
    expect(
      await screen.findByRole('group', { name: '2 records are here with different words' }),
    ).toBeVisible();
    return view;
  }

  const stored = async () => readRecords(['checkins', 'documents', 'entries']);

  it('keeps what is here and leaves the crisis lines alone when the person changes nothing', async () => {
    const { user } = await openPreview();
    expect(screen.getByLabelText('Your safety plan')).toHaveDisplayValue('Keep what is here');
    expect(screen.getByLabelText('Your check-in for 10 January 2026')).toHaveDisplayValue(
      'Keep what is here',
    );
    const hide = screen.getByRole('checkbox', { name: /Crisis lines: hidden/ });
    expect(hide).not.toBeChecked();
    expect(hide.closest('.backup-check')).toHaveTextContent('This hides the crisis lines');
    await user.click(screen.getByRole('button', { name: 'Bring in the backup' }));

    expect(await screen.findByText('1 record was added to your journal.')).toBeVisible();
    expect(
      screen.getByText('2 records with different words stayed as they are here.'),
    ).toBeVisible();
    expect(
      screen.getByText('1 setting in the backup was left out; yours stays as it is.'),
    ).toBeVisible();
    expect(screen.queryByText(/replaced|changed/)).toBeNull();
    const after = await stored();
    expect(after.checkins).toEqual([checkin('k1', 3, T)]);
    expect(after.documents).toEqual([plan('breathe', T)]);
    expect(after.entries!.map((e) => e.id)).toEqual(['e9']);
    expect(await getSetting('crisisLinesHidden')).toBeUndefined();
  });

  it('takes the newer plan and hides the crisis lines only where the person chose it', async () => {
    const { user } = await openPreview();
    await user.selectOptions(
      screen.getByLabelText('Your safety plan'),
      'Take the backup’s newer version',
    );
    await user.click(screen.getByRole('checkbox', { name: /Crisis lines: hidden/ }));
    await user.click(screen.getByRole('button', { name: 'Bring in the backup' }));

    expect(
      await screen.findByText(
        '1 record here was replaced by the backup’s newer version, as you chose.',
      ),
    ).toBeVisible();
    expect(screen.getByText('1 record with different words stayed as it is here.')).toBeVisible();
    expect(screen.getByText('1 setting was changed, as you chose.')).toBeVisible();
    const after = await stored();
    expect(after.documents).toEqual([plan('call Sam', T + 1000)]);
    expect(after.checkins).toEqual([checkin('k1', 3, T)]);
    expect(await getSetting('crisisLinesHidden')).toBe(true);
  });

  it('takes every newer version when the person chooses that for all', async () => {
    const { user } = await openPreview();
    await user.click(screen.getByLabelText(/Take whichever was changed last/));
    expect(screen.getByLabelText('Your safety plan')).toHaveDisplayValue(
      'Take the backup’s newer version',
    );
    await user.click(screen.getByRole('button', { name: 'Bring in the backup' }));
    expect(
      await screen.findByText(
        '2 records here were replaced by the backup’s newer version, as you chose.',
      ),
    ).toBeVisible();
    const after = await stored();
    expect(after.checkins).toEqual([{ ...checkin('k1', 5, T + 1000) }]);
  });
});
