import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { addDays } from 'date-fns';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { dayKey, friendlyDay } from '../../src/lib/dates';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

describe("setting an entry's date", () => {
  it('moves an entry to an earlier day, where the journal and its calendar find it', async () => {
    const { user } = renderApp('/journal/new');
    await user.type(await screen.findByLabelText('Your words'), 'The day I told my sister.');
    expect(await screen.findByText(/Saved on this device/)).toBeInTheDocument();

    const date = screen.getByLabelText('Date of this entry');
    const today = dayKey(Date.now());
    expect(date).toHaveValue(today);
    expect(date).toHaveAttribute('max', today);
    expect(date).toHaveAccessibleDescription(/Writing about another day\?/);

    // A day to come is refused with a reason, and the entry stays on today.
    fireEvent.change(date, { target: { value: dayKey(addDays(new Date(), 2).getTime()) } });
    expect(await screen.findByRole('alert')).toHaveTextContent(/That day has not come yet/);
    expect((await db.entries.toArray())[0]?.day).toBe(today);

    const earlier = addDays(new Date(), -9);
    fireEvent.change(date, { target: { value: dayKey(earlier.getTime()) } });
    await waitFor(async () =>
      expect((await db.entries.toArray())[0]?.day).toBe(dayKey(earlier.getTime())),
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(
      await screen.findByRole('heading', { level: 1, name: friendlyDay(earlier.getTime()) }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Back to journal' }));
    const list = await screen.findByRole('list', { name: /Your entries/ });
    expect(
      await within(list).findByRole('heading', { name: friendlyDay(earlier.getTime()) }),
    ).toBeInTheDocument();
    await user.click(screen.getByText('Calendar and filters'));
    if (earlier.getMonth() !== new Date().getMonth()) {
      await user.click(screen.getByRole('button', { name: 'Previous month' }));
    }
    const calendar = await screen.findByRole('group', { name: /^Days of / });
    expect(
      within(calendar).getByRole('button', {
        name: new RegExp(`^${earlier.getDate()} .*, 1 entry`),
      }),
    ).toBeEnabled();
  });
});
