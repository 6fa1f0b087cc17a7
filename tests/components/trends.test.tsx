import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  finishEmotionInventory,
  saveEmotionInventory,
} from '../../src/features/inventory/emotionInventoryRepo';
import type { ChosenFeeling } from '../../src/features/inventory/types';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(freshVault);

const DAY = 24 * 60 * 60 * 1000;

/** Noon a number of days ago, so a day never slips across midnight. */
function daysAgo(days: number): number {
  const noon = new Date();
  noon.setHours(12, 0, 0, 0);
  return noon.getTime() - days * DAY;
}

const f = (feelingId: string, intensity?: number): ChosenFeeling =>
  intensity === undefined ? { feelingId } : { feelingId, intensity };

/** Eleven inventories over two months: a month of fear, then a month of gratitude and hope. */
const TWO_MONTHS: [number, ChosenFeeling[]][] = [
  [56, [f('afraid', 7)]],
  [52, [f('dread')]],
  [49, [f('worried', 6), f('sad', 4)]],
  [45, [f('afraid', 8)]],
  [42, [f('terrified', 9)]],
  [38, [f('worried', 5), f('grateful', 3)]],
  [21, [f('grateful', 6)]],
  [17, [f('thankful', 5), f('hopeful')]],
  [14, [f('hopeful', 6)]],
  [10, [f('grateful', 7)]],
  [5, [f('calm', 5), f('grateful', 6)]],
];

async function seedTwoMonths() {
  for (const [i, [ago, feelings]] of TWO_MONTHS.entries()) {
    await saveEmotionInventory({ id: `inv-${i}`, feelings }, daysAgo(ago));
    await finishEmotionInventory(`inv-${i}`, daysAgo(ago));
  }
  // A draft stays out of the picture.
  await saveEmotionInventory({ id: 'draft', feelings: [f('furious', 10)] }, daysAgo(3));
}

describe('the trends picture', () => {
  it('shows a season of fear turning into gratitude, painful and pleasant apart', async () => {
    await seedTwoMonths();
    const { user } = renderApp('/inventory/trends/3-months');

    expect(
      await screen.findByText(
        'In the last 3 months you finished 11 inventories. Of the painful feelings, you named ' +
          'fear most, 6 times. Of the pleasant ones, you named gratitude most, 5 times. ' +
          'Gratitude and hope grew: they came up more often lately. Fear eased: it came up less ' +
          'often lately.',
        { selector: 'p' },
      ),
    ).toBeVisible();
    // The span chooses weeks; there is nothing to set.
    expect(screen.queryByRole('group', { name: 'Group by' })).toBeNull();

    const painful = screen.getByRole('region', { name: 'Painful feelings' });
    const pleasant = screen.getByRole('region', { name: 'Pleasant feelings' });
    // Each section holds only its own: fear is never drawn or counted beside gratitude.
    expect(within(painful).queryByText('Gratitude')).toBeNull();
    expect(within(pleasant).queryByText('Fear')).toBeNull();
    expect(screen.queryByText('Anger')).toBeNull();

    const fear = within(painful).getByRole('img', { name: /^Fear, week by week: / });
    // Every week of the range is in the text alternative, the empty ones said plainly.
    expect(fear.getAttribute('aria-label')).toMatch(/Week of \d+ \w+, [12] of [12];/);
    expect(fear.getAttribute('aria-label')).toMatch(/Week of \d+ \w+, none of [12];/);
    expect(fear.getAttribute('aria-label')).toMatch(/Week of \d+ \w+, no inventory/);
    expect(within(painful).getByText(/in 6 of 11 inventories, came up less often lately/));

    const weeks = within(painful).getByRole('table', { name: 'Painful feelings, week by week' });
    expect(
      within(weeks)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Week of', 'Inventories', 'Fear', 'Sadness and grief']);
    const rows = within(weeks).getAllByRole('row').slice(1);
    // Thirteen or fourteen weeks, depending on the weekday today.
    expect(rows.length).toBeGreaterThanOrEqual(13);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // Inventories and fear per week add up to what was written; a week with none shows a dash.
    const total = rows.reduce((sum, row) => sum + Number(cells(row)[0]), 0);
    expect(total).toBe(11);
    const fearWeeks = rows.map((row) => cells(row)[1]);
    expect(fearWeeks.filter((cell) => cell !== '—').reduce((a, b) => a + Number(b), 0)).toBe(6);
    expect(fearWeeks).toContain('—');

    const inAll = within(pleasant).getByRole('table', { name: 'Pleasant feelings in all' });
    expect(
      within(within(inAll).getByRole('row', { name: /^Gratitude/ }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['5', '5', '5.4', '3', 'came up more often lately', 'grateful, thankful']);
    // A strength never set is left out of the average, not counted as a middle one.
    expect(
      within(within(inAll).getByRole('row', { name: /^Hope/ }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '2', '6', '1', 'came up more often lately', 'hopeful']);

    // A shorter span: only the later month, with nothing painful in it.
    await user.click(screen.getByRole('radio', { name: 'Last 30 days' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Painful feelings' })).toBeNull(),
    );
    expect(
      screen.getByText(/^In the last 30 days you finished 5 inventories\. Of the pleasant ones/, {
        selector: 'p',
      }),
    ).toBeVisible();
  }, 60_000);

  it('says plainly when there is nothing yet, and draws nothing', async () => {
    renderApp('/inventory/trends/30-days');
    expect(
      await screen.findByText(
        'In the last 30 days there is no finished inventory yet. Once you finish one, it shows here.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
