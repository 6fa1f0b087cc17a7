import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSetting, setSetting } from '../../src/core/settingsRepo';
import { seedRecords } from '../helpers/journalRecords';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';
import { freshVault } from '../helpers/freshVault';

const DAY = 86_400_000;

function fakeStorage(persisted: boolean, grant: boolean) {
  const storage = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      persisted = grant;
      return grant;
    }),
    estimate: vi.fn(async () => ({ usage: 3 * 1024 * 1024, quota: 2 * 1024 * 1024 * 1024 })),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

beforeEach(resetApp);

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('storage health in Settings', () => {
  it('shows best-effort storage, asks for persistence and remembers the answer', async () => {
    await freshVault();
    await seedRecords({
      entries: [{ id: 'e1', created: 1, updated: 1, day: '2026-01-01', step: 0, fields: {} }],
    });
    await setSetting('lastBackupAt', Date.now() - 20 * DAY);
    const storage = fakeStorage(false, true);
    const { user } = renderApp('/settings/storage');
    expect(await screen.findByText(/Not promised yet \(best effort\)/)).toBeVisible();
    expect(await screen.findByText(/about 3\.0 MB of the 2\.0 GB/)).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Records on this device, by kind' });
    expect(within(table).getByRole('row', { name: /Journal entries/ })).toHaveTextContent('1');
    expect(await screen.findByText(/saved 20 days ago/)).toHaveClass('notice');

    await user.click(screen.getByRole('button', { name: 'Ask the browser to keep it' }));
    expect(
      await screen.findByText(/will keep your journal even when space runs low/),
    ).toBeVisible();
    expect(storage.persist).toHaveBeenCalledOnce();
    expect(await getSetting('storagePersistence')).toMatchObject({ persisted: true });
    expect(await screen.findByText(/Yes\. The browser has promised/)).toBeVisible();

    // A longer reminder period: 20 days is no longer overdue, and the line is quiet.
    await user.selectOptions(screen.getByLabelText('Remind me to save a backup after'), '30');
    expect(await getSetting('backupReminderDays')).toBe(30);
    await vi.waitFor(() => expect(screen.getByText(/saved 20 days ago/)).toHaveClass('muted'), {
      timeout: 10_000,
    });
  });

  it('explains home-screen storage on Safari', async () => {
    fakeStorage(false, false);
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
    );
    renderApp('/settings/storage');
    expect(await screen.findByText(/Add to Home\s+Screen/)).toBeVisible();
  });
});

describe('the daily reminder', () => {
  it('makes an .ics file at the chosen time and remembers it', async () => {
    const made: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      made.push(blob as Blob);
      return 'blob:reminder';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderApp('/settings/reminder');
    const time = await screen.findByLabelText('Time of the reminder');
    await user.clear(time);
    await user.type(time, '21:15');
    await user.click(screen.getByRole('button', { name: 'Save the calendar file' }));
    expect(await screen.findByText(/The calendar file is saved/)).toBeVisible();
    const ics = await made[0]!.text();
    expect(ics).toMatch(/DTSTART:\d{8}T211500/);
    expect(ics).toContain('SUMMARY:Evening check-in');
    // Neutral by default: a shared calendar learns nothing about the app.
    expect(ics).not.toMatch(/stepwork/i);
    expect(await getSetting('reminderTime')).toBe('21:15');

    await user.click(screen.getByRole('checkbox', { name: 'Name Stepwork in the calendar' }));
    await user.click(screen.getByRole('button', { name: 'Save the calendar file' }));
    await waitFor(() => expect(made).toHaveLength(2));
    expect(await made[1]!.text()).toContain('with Stepwork');
  });
});
