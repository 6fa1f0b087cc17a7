import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { saveEntry } from '../../src/features/journal/journalRepo';
import { forgetOpenedEntries } from '../../src/core/openedEntries';
import { startVault } from '../../src/features/vault/vaultRepo';
import { useVaultStore } from '../../src/core/vaultStore';
import { renderApp } from '../helpers/renderApp';

const noon = new Date(2026, 10, 21, 12, 0).getTime();

beforeEach(async () => {
  forgetOpenedEntries();
  db.close();
  await db.delete();
  useVaultStore.setState({ status: 'starting' }, true);
});

/** Entries written before the app opens, through the repository, as on a later visit. */
async function seed(entries: { id: string; title?: string; body: string }[]) {
  await db.open();
  await startVault();
  for (const [index, entry] of entries.entries()) await saveEntry(entry, noon + index * 60_000);
}

describe('searching the journal', () => {
  it('finds a word in a sealed entry as the person types and highlights it', async () => {
    await seed([
      { id: 'a', title: 'Tuesday', body: 'Went to a meeting tonight. Felt less alone.' },
      { id: 'b', body: 'Rain all day. Stayed in and read.' },
    ]);
    const { user } = renderApp('/journal/search');
    const input = await screen.findByLabelText('Search your journal');
    expect(
      await screen.findByText(/Type a word or two to find it in any entry/),
    ).toBeInTheDocument();

    await user.type(input, 'MEET');
    const count = await screen.findByText('1 entry found');
    expect(count).toHaveAttribute('aria-live', 'polite');
    const results = screen.getByRole('list', { name: 'Search results' });
    const link = within(results).getByRole('link', { name: /Tuesday/ });
    expect(link).toHaveAttribute('href', '#/journal/a');
    const marks = link.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['meet']);
    expect(link).toHaveTextContent('Went to a meeting tonight.');

    await user.clear(input);
    await user.type(input, 'elephant');
    expect(await screen.findByText(/No entries found with those words/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Search results' })).not.toBeInTheDocument();
  });

  it('finds an entry written through the app, and shows markup in it as text', async () => {
    const { user } = renderApp('/journal/new');
    const body = await screen.findByLabelText('Your words');
    await user.type(body, 'Feeling <b>bold</b> and <img src=x onerror=alert(1)> brave');
    await screen.findByText(/Saved on this device/);

    window.location.hash = '#/journal/search';
    const input = await screen.findByLabelText('Search your journal');
    await user.type(input, 'bold');
    expect(await screen.findByText('1 entry found')).toBeInTheDocument();
    const results = screen.getByRole('list', { name: 'Search results' });
    expect(results.querySelector('b')).toBeNull();
    expect(results.querySelector('img')).toBeNull();
    expect(results).toHaveTextContent('Feeling <b>bold</b> and <img src=x onerror=alert(1)> brave');
    expect([...results.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['bold']);
  });

  it('shows the newest matches while older entries are still being looked through', async () => {
    await seed(
      Array.from({ length: 700 }, (_, i) => ({
        id: `e${i}`,
        body: i % 350 === 0 || i === 699 ? `Lighthouse walk ${i}.` : `Evening note ${i}.`,
      })),
    );
    const { user } = renderApp('/journal/search');
    const input = await screen.findByLabelText('Search your journal');
    await user.click(input);
    await user.paste('lighthouse');
    // The newest entries answer first, and the screen says plainly that more may come. Status
    // and list are read in one look: the whole answer can follow within the same tick.
    const partial = '1 entry found so far. Still looking through your older entries…';
    await waitFor(() => {
      expect(screen.getByText(partial)).toHaveAttribute('aria-live', 'polite');
      expect(
        within(screen.getByRole('list', { name: 'Search results' }))
          .getAllByRole('link')
          .map((link) => link.getAttribute('href')),
      ).toEqual(['#/journal/e699']);
    });
    const results = screen.getByRole('list', { name: 'Search results' });

    expect(await screen.findByText('3 entries found', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(
      within(results)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#/journal/e699', '#/journal/e350', '#/journal/e0']);
  }, 30_000);

  it('shows ten matches, newest first, ten more on each "Show more"', async () => {
    await seed(
      Array.from({ length: 25 }, (_, i) => ({
        id: `w${i}`,
        body: `A slow walk by the river ${i}.`,
      })),
    );
    const { user } = renderApp('/journal/search');
    await user.type(await screen.findByLabelText('Search your journal'), 'river');
    expect(await screen.findByText('25 entries found')).toBeInTheDocument();
    const results = screen.getByRole('list', { name: 'Search results' });
    const hrefs = () =>
      within(results)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href'));
    const newest = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => `#/journal/w${from - i}`);
    expect(hrefs()).toEqual(newest(24, 10));

    // Each "Show more" puts focus on the first match it brought in (the last one takes the
    // button away, and focus must not fall to the page).
    const focused = () => document.activeElement?.getAttribute('href');
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(hrefs()).toHaveLength(20));
    expect(focused()).toBe('#/journal/w14');
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(hrefs()).toHaveLength(25));
    expect(focused()).toBe('#/journal/w4');
    expect(hrefs()).toEqual(newest(24, 25));
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();

    // A new question starts again from the first ten.
    await user.type(screen.getByLabelText('Search your journal'), ' walk');
    await waitFor(() => expect(hrefs()).toHaveLength(10));
    expect(screen.getByRole('button', { name: 'Show more' })).toBeInTheDocument();
  });

  it('says kindly when there is nothing to search yet', async () => {
    renderApp('/journal/search');
    expect(await screen.findByText(/There is nothing to search yet/)).toBeInTheDocument();
  });
});
