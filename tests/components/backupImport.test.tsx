import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { exportBackup } from '../../src/features/backup/exportBackup';
import { freshVault } from '../helpers/freshVault';
import { seedRecords } from '../helpers/journalRecords';
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
