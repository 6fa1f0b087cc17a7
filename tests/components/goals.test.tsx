import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { addDays, format } from 'date-fns';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { dayKey } from '../../src/lib/dates';
import { getGoal, listGoalLogs } from '../../src/features/today/goalsRepo';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

describe('goals', () => {
  it('keeps an unnamed goal as a draft, then logs a week on a 0–10 scale and shows it in words', async () => {
    const { user } = renderApp('/today/goals');
    // The first lazy screen can take seconds on a loaded machine (see setup.ts).
    expect(await screen.findByText(/No goals yet/, {}, { timeout: 15_000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start a new goal' }));
    await screen.findByRole('heading', { level: 1, name: 'A new goal' });

    // Words but no name: kept, as a draft, with nothing to log yet.
    await user.type(screen.getByLabelText('Why it matters to you (optional)'), 'Calmer evenings');
    const name = screen.getByLabelText('Your goal, in your words');
    expect(name).toHaveAccessibleDescription(/waits as a draft/);
    await waitFor(async () => expect(await db.goals.count()).toBe(1));
    const [row] = await db.goals.toArray();
    expect(row?.status).toBe('draft');
    expect(screen.queryByRole('heading', { name: 'Log a day' })).toBeNull();

    const measure = screen.getByRole('group', { name: 'How you’ll measure it' });
    await user.click(within(measure).getByRole('radio', { name: 'A scale from 0 to 10' }));
    await user.type(name, 'Wind down before bed');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Wind down before bed' }),
    ).toBeInTheDocument();
    expect((await db.goals.get(row!.id))?.status).toBe('active');

    const form = (await screen.findByRole('heading', { name: 'Log a day' })).closest('form')!;
    const dayField = within(form).getByLabelText('Day');
    const values = [3, 4, 5, 6, 7, 8, 9];
    for (let i = 0; i < 7; i++) {
      const date = addDays(new Date(), i - 6);
      fireEvent.change(dayField, { target: { value: dayKey(date.getTime()) } });
      const scale = within(form).getByRole('group', { name: 'Where was it this day?' });
      await user.click(within(scale).getByRole('radio', { name: String(values[i]) }));
      await user.click(within(form).getByRole('button', { name: 'Save for this day' }));
      expect(
        await within(form).findByText(`Logged for ${format(date, 'EEEE d MMMM')}.`),
      ).toBeInTheDocument();
    }
    await waitFor(async () => expect(await listGoalLogs(row!.id)).toHaveLength(7));

    const progress = screen.getByRole('region', { name: 'The last 7 days' });
    expect(
      within(progress).getByText('Logged on 7 days of the last 7 days; on average 6.0 of 10.'),
    ).toBeInTheDocument();
    const days = within(progress).getByRole('list', { name: 'Each day' });
    const items = within(days).getAllByRole('listitem');
    expect(items).toHaveLength(7);
    expect(items[0]).toHaveTextContent(
      `${format(addDays(new Date(), -6), 'EEEE d MMMM')}: 3 of 10`,
    );
    expect(items[6]).toHaveTextContent(`${format(new Date(), 'EEEE d MMMM')}: 9 of 10`);
    // Once a day is logged the measure stays, so the log keeps its meaning.
    expect(screen.getByRole('group', { name: 'How you’ll measure it' })).toBeDisabled();

    // Choosing a logged day shows what it holds, and it can be changed.
    fireEvent.change(dayField, { target: { value: dayKey(Date.now()) } });
    expect(within(form).getByRole('radio', { name: '9' })).toBeChecked();
    await user.click(within(form).getByRole('radio', { name: '10' }));
    await user.click(within(form).getByRole('button', { name: 'Update this day' }));
    expect(await within(progress).findByText(/on average 6.1 of 10\./)).toBeInTheDocument();

    // A day that has not come yet is refused with a message.
    fireEvent.change(dayField, { target: { value: dayKey(addDays(new Date(), 1).getTime()) } });
    await user.click(within(form).getByRole('radio', { name: '5' }));
    await user.click(within(form).getByRole('button', { name: 'Save for this day' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('That day has not come yet');
    expect(await listGoalLogs(row!.id)).toHaveLength(7);

    // A small victory, kept with the goal and sealed.
    await user.type(screen.getByLabelText('A small victory'), 'Phone off at ten');
    await user.click(screen.getByRole('button', { name: 'Note it' }));
    const victories = await screen.findByRole('list', { name: 'Small victories' });
    expect(within(victories).getByText(/Phone off at ten/)).toBeInTheDocument();
    expect((await getGoal(row!.id))?.victories.map((v) => v.text)).toEqual(['Phone off at ten']);
    expect(JSON.stringify(await db.goals.toArray())).not.toContain('Phone off');

    await user.click(screen.getByRole('link', { name: 'All goals' }));
    const active = await screen.findByRole('list', { name: 'Goals you’re working on' });
    expect(within(active).getByRole('link', { name: /Wind down before bed/ })).toBeInTheDocument();
  });
});
