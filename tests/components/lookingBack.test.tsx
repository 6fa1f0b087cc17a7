import { screen, waitFor, within } from '@testing-library/react';
import { addDays, format } from 'date-fns';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { dayKey } from '../../src/lib/dates';
import { emptyCheckin, getCheckin, saveCheckin } from '../../src/features/today/checkinRepo';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

const tired = { hungry: false, angry: false, lonely: false, tired: true };

describe('looking back on the check-ins', () => {
  it('fills in a missed day from the calendar, and never a day still to come', async () => {
    const twoDaysAgo = addDays(new Date(), -2);
    const day = dayKey(twoDaysAgo.getTime());
    const { user } = renderApp('/today/checkins');
    const calendar = await screen.findByRole('table', {}, { timeout: 15_000 });
    if (twoDaysAgo.getMonth() !== new Date().getMonth()) {
      await user.click(screen.getByRole('button', { name: /Previous month/ }));
    }
    const open = await within(calendar).findByRole('link', {
      name: `${twoDaysAgo.getDate()} ${format(twoDaysAgo, 'MMMM')}, write a check-in`,
    });
    await user.click(open);
    const label = format(twoDaysAgo, 'EEEE d MMMM yyyy');
    expect(
      await screen.findByRole('heading', { name: `Check-in for ${label}` }),
    ).toBeInTheDocument();
    // Said once the day has been read (its check-in, if any, decides it).
    expect(await screen.findByText(/You’re writing this day in later/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('One small win'), 'made soup');
    await waitFor(async () => expect((await getCheckin(day))?.win).toBe('made soup'));
    // The line stays put once the first answer has made the check-in.
    expect(await screen.findByText('Saved on this device')).toBeInTheDocument();
    expect(screen.getByText(/You’re writing this day in later/)).toBeInTheDocument();
    expect(await db.checkins.toArray()).toEqual([expect.objectContaining({ day })]);

    // Back on the calendar the day carries its tick; a day to come is only a number.
    await user.click(screen.getByRole('link', { name: 'Past check-ins' }));
    const again = await screen.findByRole('table');
    if (twoDaysAgo.getMonth() !== new Date().getMonth()) {
      await user.click(screen.getByRole('button', { name: /Previous month/ }));
    }
    expect(
      await within(again).findByRole('link', {
        name: `${twoDaysAgo.getDate()} ${format(twoDaysAgo, 'MMMM')}, checked in`,
      }),
    ).toHaveAttribute('href', `#/today/checkin/${day}`);
    const tomorrow = addDays(new Date(), 1);
    const sameMonth = (date: Date) => date.getMonth() === new Date().getMonth();
    if (sameMonth(tomorrow) && sameMonth(twoDaysAgo)) {
      const cells = within(screen.getByRole('table'));
      expect(cells.queryByRole('link', { name: new RegExp(`^${tomorrow.getDate()} `) })).toBeNull();
      expect(cells.getByText(String(tomorrow.getDate()))).toBeInTheDocument();
    }
  });

  it('shows the picture, the tables and a plain observation the days bear out', async () => {
    const { user } = renderApp('/today/checkins');
    // Seeded once the app is up, so it is written to the database this test opened.
    expect(
      await screen.findByText(/No check-ins yet/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    for (let back = 0; back < 12; back += 1) {
      const when = addDays(new Date(), -back);
      const isTired = back % 2 === 0;
      await saveCheckin(
        dayKey(when.getTime()),
        {
          ...emptyCheckin(),
          mood: isTired ? 2 : 4,
          craving: isTired ? 7 : 2,
          halt: isTired ? tired : emptyCheckin().halt,
          triggers: back < 6 ? 'payday, the pub' : '',
        },
        when.getTime(),
      );
    }
    await screen.findByRole('list', { name: 'Every check-in' });
    await user.click(screen.getByRole('link', { name: 'Looking back' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Looking back' }, { timeout: 15_000 }),
    ).toBeInTheDocument();

    expect(
      await screen.findByText('Over the last 4 weeks you checked in on 12 days.', {
        exact: false,
        selector: 'p',
      }),
    ).toBeInTheDocument();
    const noticed = screen.getByRole('list', { name: 'What stands out' });
    expect(within(noticed).getByText('Cravings were higher on days you marked tired.'));
    expect(within(noticed).getByText('Your mood was lower on days you marked tired.'));

    expect(
      screen.getByRole('img', { name: /Mood each week, from 1 \(really hard\) to 5 \(good\)/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Cravings each week/ })).toHaveAccessibleDescription(
      /with an answer/,
    );

    const halt = screen.getByRole('table', { name: 'HALT over this time' });
    expect(within(halt).getByRole('row', { name: 'Tired 6' })).toBeInTheDocument();
    const named = screen.getByRole('table', { name: 'Named most often' });
    expect(within(named).getByRole('row', { name: 'payday 6' })).toBeInTheDocument();
    expect(within(named).getByRole('row', { name: 'the pub 6' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'By week' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: '12 months' }));
    expect(await screen.findByRole('table', { name: 'By month' })).toBeInTheDocument();
    expect(
      screen.getByText(/Over the last 12 months you checked in on 12 days/, { selector: 'p' }),
    ).toBeVisible();
  });

  it('says nothing stands out when there are too few days to say it fairly', async () => {
    const { user } = renderApp('/today/checkins');
    expect(
      await screen.findByText(/No check-ins yet/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    for (let back = 0; back < 4; back += 1) {
      const when = addDays(new Date(), -back);
      await saveCheckin(
        dayKey(when.getTime()),
        {
          ...emptyCheckin(),
          craving: back % 2 ? 9 : 0,
          halt: back % 2 ? tired : emptyCheckin().halt,
        },
        when.getTime(),
      );
    }
    await screen.findByRole('list', { name: 'Every check-in' });
    await user.click(screen.getByRole('link', { name: 'Looking back' }));
    expect(
      await screen.findByText(/Nothing stands out yet/, {}, { timeout: 15_000 }),
    ).toBeVisible();
    expect(screen.queryByRole('list', { name: 'What stands out' })).toBeNull();
  });
});
