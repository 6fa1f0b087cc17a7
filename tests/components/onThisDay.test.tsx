import { screen, waitFor, within } from '@testing-library/react';
import { subYears } from 'date-fns';
import { beforeEach, describe, expect, it } from 'vitest';
import { dayKey, timeOfDay } from '../../src/lib/dates';
import { saveEntry, trashEntry } from '../../src/features/journal/journalRepo';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

describe('on this day, a year ago', () => {
  it('is off until chosen, then links to last year’s entry without its words unless Today may show them', async () => {
    const yearAgo = dayKey(subYears(new Date(), 1).getTime());
    const now = Date.now();
    await saveEntry(
      { id: 'then', title: 'The first meeting', body: 'I sat at the back.', day: yearAgo },
      now,
    );
    await saveEntry({ id: 'gone', title: 'Put away', body: 'In Trash.', day: yearAgo }, now);
    await trashEntry('gone');

    const { user } = renderApp('/');
    expect(
      await screen.findByRole('heading', { name: 'Check in with yourself' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'On this day, a year ago' })).toBeNull();

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const choice = await screen.findByRole(
      'checkbox',
      { name: 'Offer “On this day” on Today' },
      { timeout: 15_000 },
    );
    expect(choice).not.toBeChecked();
    expect(choice).toHaveAccessibleDescription(/Off unless you turn it on/);
    await waitFor(() => expect(choice).toBeEnabled());
    await user.click(choice);
    // Written to the database first, then shown as it is stored.
    await waitFor(() => expect(choice).toBeChecked());

    await user.click(screen.getByRole('link', { name: 'Today' }));
    const card = (await screen.findByRole('heading', { name: 'On this day, a year ago' }))
      .parentElement!;
    const link = within(card).getByRole('link', {
      name: `An entry written at ${timeOfDay(now)}`,
    });
    expect(link).toHaveAttribute('href', '#/journal/then');
    // Words stay off Today until the person says otherwise; the entry in Trash is not offered.
    expect(card).not.toHaveTextContent('The first meeting');
    expect(within(card).getAllByRole('link')).toHaveLength(1);

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const words = await screen.findByRole('checkbox', { name: 'Show words on Today' });
    // The box can be ticked once the stored choice is read.
    await waitFor(() => expect(words).toBeEnabled());
    await user.click(words);
    await waitFor(() => expect(words).toBeChecked());
    await user.click(screen.getByRole('link', { name: 'Today' }));
    const titled = await screen.findByRole('link', { name: 'The first meeting' });
    await user.click(titled);
    expect(await screen.findByLabelText('Your words')).toHaveValue('I sat at the back.');
  });
});
