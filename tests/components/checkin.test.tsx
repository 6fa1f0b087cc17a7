import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { addDays, format } from 'date-fns';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { dayKey } from '../../src/lib/dates';
import { emptyCheckin, getCheckin, saveCheckin } from '../../src/features/today/checkinRepo';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

describe('the daily check-in', () => {
  it('saves a full check-in as it is filled in, and reopens it from Today to edit', async () => {
    const { user } = renderApp('/');
    const card = (await screen.findByRole('heading', { name: 'Check in with yourself' }))
      .parentElement!;
    await user.click(within(card).getByRole('link', { name: 'Check in now' }));
    // The first lazy screen can take seconds on a loaded machine (see setup.ts).
    expect(
      await screen.findByRole('heading', { name: 'Today’s check-in' }, { timeout: 15_000 }),
    ).toBeInTheDocument();

    const mood = await screen.findByRole('group', { name: 'How are you feeling?' });
    await user.click(within(mood).getByRole('radio', { name: 'Hard' }));
    const halt = screen.getByRole('group', { name: /HALT/ });
    await user.click(within(halt).getByRole('checkbox', { name: 'Angry' }));
    await user.click(within(halt).getByRole('checkbox', { name: 'Tired' }));
    const cravings = screen.getByRole('group', { name: 'Cravings or urges today' });
    expect(cravings).toHaveAccessibleDescription(/0 means none at all, 10 the strongest/);
    await user.click(within(cravings).getByRole('radio', { name: '7' }));
    await user.type(screen.getByLabelText('What set them off? (optional)'), 'payday');
    await user.type(screen.getByLabelText('First thing'), 'my dog');
    await user.type(screen.getByLabelText('Second thing'), 'rain on the roof');
    await user.type(screen.getByLabelText('Third thing'), 'a call from Sam');
    await user.type(screen.getByLabelText('One small win'), 'cooked dinner');
    await user.type(screen.getByLabelText('What went well today?'), 'asked for help');
    await user.type(screen.getByLabelText('Where was I hurt, or hurtful?'), 'short with Mum');
    await user.type(screen.getByLabelText('What would I do differently?'), 'pause first');
    await user.type(screen.getByLabelText('Is there anything to set right?'), 'ring Mum');
    expect(await screen.findByText('Saved on this device')).toBeInTheDocument();

    const today = dayKey(Date.now());
    await waitFor(async () => expect((await getCheckin(today))?.review.setRight).toBe('ring Mum'));
    const saved = await getCheckin(today);
    expect(saved).toMatchObject({
      day: today,
      mood: 2,
      halt: { hungry: false, angry: true, lonely: false, tired: true },
      craving: 7,
      triggers: 'payday',
      gratitude: ['my dog', 'rain on the roof', 'a call from Sam'],
      win: 'cooked dinner',
      review: {
        wentWell: 'asked for help',
        hurt: 'short with Mum',
        differently: 'pause first',
      },
    });
    expect(await db.checkins.count()).toBe(1);

    // Back on Today the check-in shows as done, and opens again with every answer in place.
    await user.click(screen.getByRole('link', { name: 'Back to Today' }));
    expect(await screen.findByText(/You checked in today, last at/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Open today’s check-in' }));
    const win = await screen.findByLabelText('One small win');
    expect(win).toHaveValue('cooked dinner');
    expect(screen.getByRole('checkbox', { name: 'Angry' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '7' })).toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Angry' }));
    await user.click(screen.getByRole('button', { name: 'Clear this answer' }));
    await user.clear(win);
    await user.type(win, 'went for a walk');
    await waitFor(async () => expect((await getCheckin(today))?.win).toBe('went for a walk'));
    const edited = await getCheckin(today);
    expect(edited?.halt.angry).toBe(false);
    expect(edited?.craving).toBeUndefined();
    expect(edited?.created).toBe(saved?.created);
    expect(edited?.gratitude).toEqual(saved?.gratitude);
    expect(await db.checkins.count()).toBe(1);
  });

  it('edits an earlier day’s check-in on that day, and lists it in the history', async () => {
    const threeDaysAgo = addDays(new Date(), -3);
    const day = dayKey(threeDaysAgo.getTime());
    const { user } = renderApp('/today/checkins');
    // Seeded once the app is up, so it is written to the database this test opened.
    expect(
      await screen.findByText(/No check-ins yet/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await saveCheckin(day, { ...emptyCheckin(), win: 'slept' }, threeDaysAgo.getTime());
    const list = await screen.findByRole('list', { name: 'Every check-in' });
    const label = format(threeDaysAgo, 'EEEE d MMMM yyyy');
    await user.click(within(list).getByRole('link', { name: new RegExp(label) }));
    expect(
      await screen.findByRole('heading', { name: `Check-in for ${label}` }),
    ).toBeInTheDocument();
    // It asks about that day, not about today.
    expect(
      await screen.findByRole('group', { name: 'Cravings or urges that day' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Tick any that fitted that day\./)).toBeInTheDocument();
    expect(screen.queryByText(/today\?|urges today|right now/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('What went well that day?'), 'a walk');
    await user.type(screen.getByLabelText('One small win'), ' well');
    await waitFor(async () => expect((await getCheckin(day))?.win).toBe('slept well'));
    expect((await getCheckin(day))?.review.wentWell).toBe('a walk');
    expect(await db.checkins.toArray()).toEqual([expect.objectContaining({ day })]);
    // Today still has none: editing an old one does not make one for today.
    expect(await getCheckin(dayKey(Date.now()))).toBeUndefined();

    // The calendar marks the day with a tick and words, not colour alone.
    await user.click(screen.getByRole('link', { name: 'Past check-ins' }));
    const calendar = await screen.findByRole('table');
    if (threeDaysAgo.getMonth() !== new Date().getMonth()) {
      await user.click(screen.getByRole('button', { name: /Previous month/ }));
    }
    await waitFor(() => expect(within(calendar).getAllByRole('link').length).toBeGreaterThan(0));
    const mark = await within(calendar).findByRole('link', {
      name: `${threeDaysAgo.getDate()} ${format(threeDaysAgo, 'MMMM')}, checked in`,
    });
    expect(mark).toHaveAttribute('href', `#/today/checkin/${day}`);
  });

  it('refuses to open a check-in for a day that has not come yet', async () => {
    const tomorrow = dayKey(addDays(new Date(), 1).getTime());
    renderApp(`/today/checkin/${tomorrow}`);
    expect(
      await screen.findByText(/That day has not come yet/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('One small win')).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'Open today’s check-in' }));
    expect(await screen.findByRole('heading', { name: 'Today’s check-in' })).toBeInTheDocument();
  });
});
