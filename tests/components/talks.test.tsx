import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { saveContact } from '../../src/features/safety/contactWrites';
import { getTalks, noteTalk } from '../../src/features/safety/talksRepo';
import { dayKey } from '../../src/lib/dates';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

const DAY = 24 * 3600 * 1000;

describe('times the person reached out', () => {
  it('notes a talk with someone from My people, sealed, and counts it without a target', async () => {
    await saveContact({ name: 'Robin', relation: 'my sponsor', phone: '0800 000', note: '' });
    const { user } = renderApp('/help/people');
    expect(
      await screen.findByText(/you can note it here with “We talked”/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    // My people and the talks list are read apart: the talks can show before the people do.
    await user.click(await screen.findByRole('button', { name: 'We talked: Robin' }));
    const form = screen.getByRole('form', { name: 'We talked: Robin' });
    await user.click(within(form).getByRole('radio', { name: 'Messages' }));
    await user.type(
      within(form).getByLabelText('A note for yourself (if you like)'),
      'Said the hard thing',
    );
    await user.click(within(form).getByRole('button', { name: 'Keep it' }));

    expect(await screen.findByText('Noted. Reaching out takes courage.')).toBeInTheDocument();
    expect(
      await screen.findByText(/In the last four weeks you reached out 1 time\./),
    ).toBeInTheDocument();
    expect(screen.getByText('Said the hard thing')).toBeInTheDocument();
    expect(screen.getByText(/^Messages · /)).toBeInTheDocument();

    expect(await getTalks()).toMatchObject([
      { name: 'Robin', way: 'text', day: dayKey(Date.now()), note: 'Said the hard thing' },
    ]);
    const row = await db.table('documents').get('talks');
    const stored = JSON.stringify(row) + new TextDecoder('latin1').decode(row.sealed.data);
    expect(stored).not.toMatch(/Robin|hard thing|text/);

    // Taking the note away asks first; Keep leaves it, Yes takes it off the list and the store.
    const removeNote = () =>
      screen.getByRole('button', { name: /^Remove the note of talking with Robin/ });
    await user.click(removeNote());
    await user.click(screen.getByRole('button', { name: 'Keep' }));
    expect(screen.getByText('Said the hard thing')).toBeInTheDocument();
    await user.click(removeNote());
    expect(screen.getByText('Remove this note?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(await screen.findByText(/you can note it here with “We talked”/)).toBeInTheDocument();
    expect(screen.queryByText('Said the hard thing')).not.toBeInTheDocument();
    expect(await getTalks()).toEqual([]);
  });

  it('refuses a day still to come, keeping what was written', async () => {
    await saveContact({ name: 'Sam', relation: '', phone: '', note: '' });
    const { user } = renderApp('/help/people');
    await user.click(
      await screen.findByRole('button', { name: 'We talked: Sam' }, { timeout: 15_000 }),
    );
    const form = screen.getByRole('form', { name: 'We talked: Sam' });
    const day = within(form).getByLabelText('Day');
    await user.clear(day);
    await user.type(day, dayKey(Date.now() + 3 * DAY));
    await user.type(within(form).getByLabelText('A note for yourself (if you like)'), 'Plans');
    await user.click(within(form).getByRole('button', { name: 'Keep it' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Please choose today or a day before it.',
    );
    expect(within(form).getByLabelText('A note for yourself (if you like)')).toHaveValue('Plans');
    expect(await getTalks()).toEqual([]);
  });

  it('keeps the talks when the person is taken off the list, and shows a few, then all', async () => {
    const id = await saveContact({ name: 'Alex', relation: '', phone: '', note: '' });
    for (let n = 0; n < 7; n += 1) {
      await noteTalk({
        contactId: id,
        name: 'Alex',
        way: 'call',
        day: dayKey(Date.now() - n * 6 * DAY),
        note: `talk ${n}`,
      });
    }
    const { user } = renderApp('/help/people');
    // Five of the seven fall in the last four weeks (0, 6, 12, 18 and 24 days ago).
    expect(
      await screen.findByText(/you reached out 5 times\./, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Remove the note of talking/ })).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: 'Show all 7' }));
    expect(screen.getByText('talk 6')).toBeInTheDocument();
    // The button is gone: focus is on the first talk it brought in, not lost to the page.
    expect(
      screen.getByRole('button', {
        name: `Remove the note of talking with Alex on ${dayKey(Date.now() - 5 * 6 * DAY)}`,
      }),
    ).toHaveFocus();

    await user.click(await screen.findByRole('button', { name: 'Remove Alex' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(await screen.findByText('No one here yet.')).toBeInTheDocument();
    expect(screen.getByText('talk 0')).toBeInTheDocument();
    expect(await getTalks()).toHaveLength(7);
  });
});
