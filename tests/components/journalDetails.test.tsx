import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getEntry, saveEntry } from '../../src/features/journal/journalRepo';
import { useJournalView } from '../../src/core/journalViewStore';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(async () => {
  useJournalView.setState({ filters: {}, month: undefined });
  await freshVault();
});

describe('mood and tags', () => {
  it('keeps a mood and tags with the entry, suggesting tags already used', async () => {
    await saveEntry({ id: 'older', body: 'earlier', tags: ['meetings', 'family'] });
    const { user } = renderApp('/journal/new');
    await user.type(await screen.findByLabelText('Your words'), 'A quiet evening.');
    await user.click(screen.getByRole('radio', { name: 'In between' }));
    const tagBox = screen.getByLabelText('Tags (optional)');
    await user.click(tagBox);
    await waitFor(() => expect(document.querySelectorAll('datalist option')).toHaveLength(2));
    await user.type(tagBox, 'meetings{Enter}sleep,');
    const tags = screen.getByRole('list', { name: 'Tags on this entry' });
    expect(
      within(tags)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['meetings×', 'sleep×']);
    await user.click(screen.getByRole('button', { name: 'Remove tag sleep' }));
    expect(await screen.findByText(/Saved on this device/)).toBeInTheDocument();
    const id = window.location.hash.split('/').pop()!;
    await waitFor(async () =>
      expect(await getEntry(id)).toMatchObject({ mood: 3, tags: ['meetings'] }),
    );
  });
});

describe('finding entries', () => {
  it('filters by step, tag and mood, and by a day chosen on the calendar', async () => {
    const today = new Date();
    today.setHours(9, 0, 0, 0);
    const lastMonth = new Date(today.getFullYear(), today.getMonth() - 1, 10, 9).getTime();
    await saveEntry(
      { id: 'a', title: 'Step one thoughts', body: 'x', step: 1, tags: ['hope'] },
      today.getTime(),
    );
    await saveEntry({ id: 'b', title: 'Hard night', body: 'y', mood: 1 }, today.getTime() + 1000);
    await saveEntry({ id: 'c', title: 'Last month', body: 'z', tags: ['hope'] }, lastMonth);
    const { user } = renderApp('/journal');
    const list = await screen.findByRole('list', { name: /Your entries/ });
    expect(await within(list).findByText('Last month')).toBeInTheDocument();

    await user.click(screen.getByText('Calendar and filters'));
    await user.selectOptions(screen.getByLabelText('Step'), 'Step 1');
    expect(await screen.findByText('1 entry')).toBeInTheDocument();
    // The list is drawn again for a filter: found afresh each time, not held from before.
    const entries = () => screen.getByRole('list', { name: /Your entries/ });
    await waitFor(() => expect(within(entries()).getByText('Step one thoughts')).toBeVisible());
    expect(within(entries()).queryByText('Hard night')).toBeNull();

    await user.selectOptions(screen.getByLabelText('Step'), 'Any step');
    await user.selectOptions(screen.getByLabelText('Tag'), 'hope');
    expect(await screen.findByText('2 entries')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Tag'), 'Any tag');
    await user.selectOptions(screen.getByLabelText('Mood'), 'Really hard');
    expect(await screen.findByText('1 entry')).toBeInTheDocument();
    await waitFor(() => expect(within(entries()).getByText('Hard night')).toBeVisible());

    await user.click(screen.getByRole('button', { name: 'Show all entries' }));
    // The button takes itself away; the keyboard's place stays with the filters.
    expect(screen.queryByRole('button', { name: 'Show all entries' })).toBeNull();
    expect(screen.getByText('Calendar and filters')).toHaveFocus();
    const dayName = `${today.getDate()} ${today.toLocaleString('en-GB', { month: 'long' })}, 2 entries`;
    await user.click(screen.getByRole('button', { name: dayName }));
    expect(await screen.findByText(/2 entries on Today/)).toBeInTheDocument();
    expect(within(entries()).queryByText('Last month')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(
      screen.getByRole('button', {
        name: `10 ${new Date(lastMonth).toLocaleString('en-GB', { month: 'long' })}, 1 entry`,
      }),
    ).toBeInTheDocument();
  });
});

describe('a filter kept from an earlier visit', () => {
  it('is taken away with focus on the heading when no entries are left to filter', async () => {
    useJournalView.setState({ filters: { step: 3 } });
    const { user } = renderApp('/journal');
    await user.click(await screen.findByRole('button', { name: 'Show all entries' }));
    expect(screen.queryByRole('button', { name: 'Show all entries' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Journal' })).toHaveFocus();
  });
});

describe('two tabs on one entry', () => {
  it('shows words saved from another tab when nothing here is waiting to be saved', async () => {
    await saveEntry({ id: 'shared', body: 'written on the phone' }, Date.now() - 60_000);
    renderApp('/journal/shared');
    const box = await screen.findByLabelText('Your words');
    expect(box).toHaveValue('written on the phone');
    // The other tab writes through the same database, as a second tab of the app does.
    await saveEntry({ id: 'shared', body: 'finished in the other tab' });
    await waitFor(() => expect(box).toHaveValue('finished in the other tab'));
  });
});

describe('check-ins in the journal calendar', () => {
  it('marks a day with a check-in and leads to it', async () => {
    const { emptyCheckin, saveCheckin } = await import('../../src/features/today/checkinRepo');
    const today = new Date();
    today.setHours(9, 0, 0, 0);
    await saveEntry({ id: 'a', title: 'Morning pages', body: 'x' }, today.getTime());
    const day = new Date(today.getTime() - 24 * 3600 * 1000);
    const dayKeyText = [
      day.getFullYear(),
      String(day.getMonth() + 1).padStart(2, '0'),
      String(day.getDate()).padStart(2, '0'),
    ].join('-');
    await saveCheckin(dayKeyText, { ...emptyCheckin(), win: 'Called my sister' }, today.getTime());

    const { user } = renderApp('/journal');
    await screen.findByRole('list', { name: /Your entries/ });
    await user.click(screen.getByText('Calendar and filters'));
    if (day.getMonth() !== today.getMonth()) {
      await user.click(screen.getByRole('button', { name: 'Previous month' }));
    }
    const month = day.toLocaleString('en-GB', { month: 'long' });
    await user.click(
      await screen.findByRole('button', {
        name: `${day.getDate()} ${month}, no entries, checked in`,
      }),
    );
    expect(screen.getByText(/You checked in with yourself on this day/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read that check-in' })).toHaveAttribute(
      'href',
      `#/today/checkin/${dayKeyText}`,
    );
  });
});
