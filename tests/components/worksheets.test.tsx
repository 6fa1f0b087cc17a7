import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { forgetOpenedEntries } from '../../src/core/openedEntries';
import { useVaultStore } from '../../src/core/vaultStore';
import { getWorksheetWords } from '../../src/features/steps/worksheetRepo';
import { renderApp } from '../helpers/renderApp';

// A step exercise done on the step page, the way a person does it, on the real database: the
// worksheet keeps what was written, and it is all there when they come back.

beforeEach(async () => {
  forgetOpenedEntries();
  db.close();
  await db.delete();
  useVaultStore.setState({ status: 'starting' }, true);
});

const lines = (sheet: HTMLElement, list: string) =>
  within(within(sheet).getByRole('group', { name: list }))
    .getAllByRole('textbox')
    .map((box) => (box as HTMLTextAreaElement).value);

describe('a step worksheet', () => {
  it('fills in step 1’s two columns, takes a line away, and finds it all on coming back', async () => {
    const first = renderApp('/steps/1');
    const sheet = await screen.findByRole('form', {
      name: 'Worksheet: Beyond your control, within your reach',
    });
    const columns = within(sheet).getByRole('group', { name: 'Two columns' });
    const beyond = within(columns).getByRole('textbox', { name: 'Beyond my control, line 1' });
    // The boxes wait, for a moment, until what is stored has been read.
    await waitFor(() => expect(beyond).toBeEnabled());
    await first.user.type(beyond, 'What my uncle did');
    // Enter starts the next line, with the cursor in it.
    await first.user.keyboard('{Enter}');
    const second = within(columns).getByRole('textbox', { name: 'Beyond my control, line 2' });
    expect(second).toHaveFocus();
    await first.user.type(second, 'The drinking that took hold');
    await first.user.click(within(columns).getByRole('button', { name: /Add a line.*Within/ }));
    await first.user.type(
      within(columns).getByRole('textbox', { name: 'Within my reach today, line 2' }),
      'An early night',
    );
    await first.user.type(
      within(sheet).getByRole('textbox', { name: 'When I read the first column back' }),
      'It was not my fault',
    );
    expect(await within(sheet).findByText('Saved on this device')).toBeInTheDocument();

    // The first line is taken away; focus stays in the list, on the line that is left.
    await first.user.click(
      within(columns).getByRole('button', { name: 'Remove Beyond my control, line 1' }),
    );
    expect(
      within(columns).getByRole('textbox', { name: 'Beyond my control, line 1' }),
    ).toHaveFocus();
    await expect
      .poll(async () => (await getWorksheetWords('s1-e1'))?.lists.beyond?.map((r) => r.text))
      .toEqual(['The drinking that took hold']);
    first.unmount();

    // Coming back: every word where it was, and the line taken away is still gone.
    forgetOpenedEntries();
    renderApp('/steps/1');
    const again = await screen.findByRole('form', {
      name: 'Worksheet: Beyond your control, within your reach',
    });
    await expect
      .poll(() => lines(again, 'Beyond my control'))
      .toEqual(['The drinking that took hold']);
    expect(lines(again, 'Within my reach today')).toEqual(['', 'An early night']);
    expect(
      within(again).getByRole('textbox', { name: 'When I read the first column back' }),
    ).toHaveValue('It was not my fault');
    // Nothing here leaked into the other exercises of the step.
    const note = screen.getByRole('form', { name: 'Worksheet: A note to the one who survived' });
    expect(
      within(note).getByRole('textbox', { name: 'My note to the one who survived' }),
    ).toHaveValue('');
  });

  it('takes a line away the moment after it was typed, and it does not come back', async () => {
    const { user } = renderApp('/steps/2');
    const list = await screen.findByRole('group', { name: 'Moments I felt a little lighter' });
    const first = within(list).getByRole('textbox', {
      name: 'Moments I felt a little lighter, line 1',
    });
    await waitFor(() => expect(first).toBeEnabled());
    await user.type(first, 'A laugh with Jo{Enter}A cold drink on the step');
    // No waiting for the save: the line goes while its words are still on their way.
    await user.click(
      within(list).getByRole('button', { name: 'Remove Moments I felt a little lighter, line 2' }),
    );
    await expect
      .poll(async () => (await getWorksheetWords('s2-e3'))?.lists.lighter?.map((r) => r.text))
      .toEqual(['A laugh with Jo']);
    // Later saves and the stored record reading back do not bring it back.
    await user.type(first, '!');
    await expect
      .poll(async () => (await getWorksheetWords('s2-e3'))?.lists.lighter?.map((r) => r.text))
      .toEqual(['A laugh with Jo!']);
    expect(
      within(list)
        .getAllByRole('textbox')
        .map((box) => (box as HTMLTextAreaElement).value),
    ).toEqual(['A laugh with Jo!']);
  });

  it('draws step 3’s circle, the inner ring first, and keeps who is in each', async () => {
    const first = renderApp('/steps/3');
    const circle = await screen.findByRole('group', { name: 'My circle of support' });
    await waitFor(() => expect(within(circle).getAllByRole('textbox')[0]).toBeEnabled());
    const lists = within(circle).getAllByRole('group');
    expect(lists.map((group) => group.querySelector('legend')?.textContent)).toEqual([
      'Close by: who I could reach out to this week',
      'Around me: people, groups and places that help, even a little',
    ]);
    await first.user.type(
      within(circle).getByRole('textbox', {
        name: 'Close by: who I could reach out to this week, line 1',
      }),
      'Sam, my sponsor',
    );
    await first.user.type(
      within(circle).getByRole('textbox', {
        name: 'Around me: people, groups and places that help, even a little, line 1',
      }),
      'The Tuesday group',
    );
    await expect
      .poll(async () => (await getWorksheetWords('s3-e1'))?.lists)
      .toMatchObject({
        near: [{ text: 'Sam, my sponsor' }],
        around: [{ text: 'The Tuesday group' }],
      });
    first.unmount();

    forgetOpenedEntries();
    renderApp('/steps/3');
    const again = await screen.findByRole('group', { name: 'My circle of support' });
    await expect
      .poll(() => lines(again, 'Close by: who I could reach out to this week'))
      .toEqual(['Sam, my sponsor']);
  });
});
