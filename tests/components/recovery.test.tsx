import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { addDays, format } from 'date-fns';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { dayKey } from '../../src/lib/dates';
import {
  getRecovery,
  noteSlip,
  setRecoveryOn,
  setRecoveryStart,
} from '../../src/features/today/recoveryRepo';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

const daysAgo = (n: number) => addDays(new Date(), -n);

describe('recovery days', () => {
  it('is off until turned on, counts total days, and keeps them across a noted slip', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Recovery days' }));
    // The first lazy screen can take seconds on a loaded machine (see setup.ts).
    expect(
      await screen.findByText(/It is off until you turn it on/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Turn recovery days on' }));

    const start = await screen.findByLabelText('When did your recovery begin?');
    fireEvent.change(start, { target: { value: dayKey(addDays(new Date(), 1).getTime()) } });
    await user.click(screen.getByRole('button', { name: 'Start counting' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That day has not come yet');

    fireEvent.change(start, { target: { value: dayKey(daysAgo(10).getTime()) } });
    await user.click(screen.getByRole('button', { name: 'Start counting' }));
    const count = await screen.findByRole('group', { name: 'Your count' });
    expect(count).toHaveTextContent('11 days of recovery');
    expect(count).toHaveTextContent(`Every day since ${format(daysAgo(10), 'd MMMM yyyy')}.`);

    const slip = screen.getByRole('form', { name: 'Note a slip' });
    fireEvent.change(within(slip).getByLabelText('Day of the slip'), {
      target: { value: dayKey(daysAgo(3).getTime()) },
    });
    await user.type(
      within(slip).getByLabelText('A note for yourself (optional)'),
      'after the funeral',
    );
    await user.click(within(slip).getByRole('button', { name: 'Note this day' }));
    expect(await within(slip).findByText(/Noted, with care\./)).toHaveAttribute('role', 'status');

    // The slip takes its own day and nothing more: no reset to zero.
    await waitFor(() => expect(count).toHaveTextContent('10 days of recovery'));
    expect(count).toHaveTextContent(
      `10 of the 11 days since ${format(daysAgo(10), 'd MMMM yyyy')}. Every one of them is yours.`,
    );
    expect(count).not.toHaveTextContent(/\b0 days/);
    const history = screen.getByRole('list', { name: 'Your history' });
    const items = within(history).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(`Slip noted on ${format(daysAgo(3), 'd MMMM yyyy')}`);
    expect(items[0]).toHaveTextContent('after the funeral');
    expect(items[1]).toHaveTextContent(`Counting from ${format(daysAgo(10), 'd MMMM yyyy')}`);
    expect(JSON.stringify(await db.documents.toArray())).not.toContain('funeral');

    // Today shows the same total.
    await user.click(screen.getByRole('link', { name: 'Today' }));
    expect(await screen.findByRole('link', { name: '10 days of recovery' })).toBeInTheDocument();

    // Turned off, the count leaves Today but the dates are kept.
    await user.click(screen.getByRole('link', { name: '10 days of recovery' }));
    await user.click(await screen.findByRole('button', { name: 'Turn recovery days off' }));
    expect(
      await screen.findByRole('button', { name: 'Turn recovery days on again' }),
    ).toBeInTheDocument();
    expect((await getRecovery())?.slips).toEqual([
      { day: dayKey(daysAgo(3).getTime()), note: 'after the funeral' },
    ]);
  });

  it('shows milestones only when asked, and a slip never takes one away', async () => {
    await setRecoveryOn(true);
    await setRecoveryStart(dayKey(daysAgo(6).getTime()));
    const { user } = renderApp('/today/recovery');
    const marks = await screen.findByRole('group', { name: 'Milestones' }, { timeout: 15_000 });
    expect(marks).not.toHaveTextContent('since you began');
    await user.click(within(marks).getByRole('checkbox', { name: /Show milestones/ }));
    expect(
      await within(marks).findByText(
        '7 days since you began. That is yours, and nothing takes it away.',
      ),
    ).toBeInTheDocument();
    expect(
      within(marks).getByText(`1 day: ${format(daysAgo(6), 'd MMMM yyyy')}`),
    ).toBeInTheDocument();
    expect(marks).not.toHaveTextContent(/30 days|to go|next/i);

    await noteSlip(dayKey(daysAgo(2).getTime()), '');
    const count = await screen.findByRole('group', { name: 'Your count' });
    await waitFor(() => expect(count).toHaveTextContent('6 days of recovery'));
    // The count says 6 after the slip; the mark says what it is, days since the start.
    expect(within(marks).getByText(/7 days since you began/)).toBeInTheDocument();
  });
});
