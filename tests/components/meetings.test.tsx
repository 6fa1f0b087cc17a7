import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { getMeetings } from '../../src/features/safety/meetingsRepo';
import { noteWent, saveMeeting } from '../../src/features/safety/meetingWrites';
import { dayKey } from '../../src/lib/dates';
import { setTodayShowsWords } from '../../src/features/today/useHome';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

const DAY = 24 * 3600 * 1000;

describe('my meetings', () => {
  it('adds a meeting, notes going with what was heard, all sealed', async () => {
    const { user } = renderApp('/help/meetings');
    await screen.findByRole('heading', { name: 'My meetings' }, { timeout: 15_000 });
    expect(
      await screen.findByText('When you go to a meeting, you can note it here with “I went”.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a meeting' }));
    const form = screen.getByRole('form', { name: 'Add a meeting' });
    await user.type(within(form).getByLabelText('Name'), 'Tuesday circle');
    await user.click(within(form).getByRole('radio', { name: 'Online' }));
    await user.selectOptions(within(form).getByLabelText('Day'), 'Tuesday');
    await user.type(within(form).getByLabelText('Time (if you like)'), '19:30');
    await user.type(within(form).getByLabelText('Where, or how to join'), 'The link in my email');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Online · Tuesday at 19:30')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I went to Tuesday circle' }));
    await user.type(
      screen.getByLabelText('What you heard or shared (if you like)'),
      'Someone said one day at a time',
    );
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(await screen.findByText('Noted. Thank you for going.')).toBeInTheDocument();
    expect(
      await screen.findByText(/In the last four weeks you went to 1 meeting\./),
    ).toBeInTheDocument();
    expect(screen.getByText('Someone said one day at a time')).toBeInTheDocument();

    const kept = await getMeetings();
    expect(kept).toMatchObject({
      meetings: [{ name: 'Tuesday circle', kind: 'online', weekday: 2, time: '19:30' }],
      went: [
        { name: 'Tuesday circle', day: dayKey(Date.now()), note: 'Someone said one day at a time' },
      ],
    });
    const row = await db.table('documents').get('meetings');
    const stored = JSON.stringify(row) + new TextDecoder('latin1').decode(row.sealed.data);
    expect(stored).not.toMatch(/Tuesday circle|one day at a time|online/);

    // Taking that note away takes the thanks for it away too.
    await user.click(
      screen.getByRole('button', {
        name: `Remove the note of Tuesday circle on ${dayKey(Date.now())}`,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(
      await screen.findByText('When you go to a meeting, you can note it here with “I went”.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Noted. Thank you for going.')).not.toBeInTheDocument();
  });

  it('counts only the last four weeks, and keeps the times went when a meeting is taken off', async () => {
    const id = await saveMeeting({
      name: 'Friday group',
      kind: 'in-person',
      where: 'Hall',
      note: '',
    });
    await noteWent(id, '', dayKey(Date.now() - 40 * DAY));
    await noteWent(id, '', dayKey(Date.now() - 10 * DAY));
    await noteWent(id, 'I shared', dayKey(Date.now() - 3 * DAY));
    const { user } = renderApp('/help/meetings');
    expect(
      await screen.findByText(/In the last four weeks you went to 2 meetings\./, undefined, {
        timeout: 15_000,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('In person · When I can')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Take Friday group off the list' }));
    await user.click(screen.getByRole('button', { name: 'Yes, take it off' }));
    expect(await screen.findByText('No meetings here yet.')).toBeInTheDocument();
    expect(screen.getByText('I shared')).toBeInTheDocument();
    expect(screen.getByText(/you went to 2 meetings/)).toBeInTheDocument();

    // A note of going can hold what someone shared: taking it away asks first, Keep leaves it.
    const threeDaysAgo = dayKey(Date.now() - 3 * DAY);
    const removeNote = () =>
      screen.getByRole('button', { name: `Remove the note of Friday group on ${threeDaysAgo}` });
    await user.click(removeNote());
    expect(screen.getByText('Remove this note?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep' }));
    expect(screen.getByText('I shared')).toBeInTheDocument();
    expect(await getMeetings()).toMatchObject({ went: [{}, {}, {}] });
    await user.click(removeNote());
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(await screen.findByText(/you went to 1 meeting\./)).toBeInTheDocument();
    expect(screen.queryByText('I shared')).not.toBeInTheDocument();
    expect(await getMeetings()).toMatchObject({
      went: [{ day: dayKey(Date.now() - 40 * DAY) }, { day: dayKey(Date.now() - 10 * DAY) }],
    });
  });

  it('refuses a meeting with no name, saying so in the form', async () => {
    const { user } = renderApp('/help/meetings');
    await user.click(
      await screen.findByRole('button', { name: 'Add a meeting' }, { timeout: 15_000 }),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Please add a name for this meeting.',
    );
    expect(await getMeetings()).toEqual({ meetings: [], went: [] });
  });

  it('shows the next meeting on Today, with its name only when Today shows words', async () => {
    await saveMeeting({ name: 'Any time group', kind: 'phone', where: '', note: '' });
    await saveMeeting({
      name: 'Home group',
      kind: 'in-person',
      weekday: new Date().getDay(),
      where: 'Hall',
      note: '',
    });
    await setTodayShowsWords(true);
    const first = renderApp('/');
    const card = (
      await screen.findByRole('heading', { name: 'Your next meeting' }, { timeout: 15_000 })
    ).closest('.card') as HTMLElement;
    expect(card).toHaveTextContent('Home group: Today');
    expect(within(card).getByRole('link', { name: 'My meetings' })).toHaveAttribute(
      'href',
      '#/help/meetings',
    );
    first.unmount();

    await setTodayShowsWords(false);
    renderApp('/');
    const quiet = (
      await screen.findByRole('heading', { name: 'Your next meeting' }, { timeout: 15_000 })
    ).closest('.card') as HTMLElement;
    expect(quiet).toHaveTextContent(/^Your next meetingTodayMy meetings$/);
  });
});
