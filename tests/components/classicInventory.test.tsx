import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { NOT_YOUR_FAULT } from '../../src/features/inventory/classicLists';
import {
  getInventoryItem,
  ON_AMENDS_LIST,
  saveInventoryItem,
} from '../../src/features/inventory/classicInventoryRepo';
import { getAmendsItem } from '../../src/features/amends/amendsRepo';
import { forgetOpenedEntries } from '../../src/core/openedEntries';
import { useVaultStore } from '../../src/core/vaultStore';
import { freshVault } from '../helpers/freshVault';
import { renderApp } from '../helpers/renderApp';

beforeEach(async () => {
  forgetOpenedEntries();
  db.close();
  await db.delete();
  useVaultStore.setState({ status: 'starting' }, true);
});

describe('a person’s own words', () => {
  it('renames one and takes another off the list, from the inventory hub', async () => {
    const { user } = renderApp('/inventory/emotions/own-2');
    await user.click(await screen.findByText('Your own words', { selector: 'summary' }));
    const box = screen.getByLabelText('A word of your own');
    for (const word of ['wrung out', 'hollow']) {
      await user.type(box, word);
      await user.click(screen.getByRole('button', { name: 'Add my word' }));
      await screen.findByRole('slider', { name: `How strong is “${word}”?` });
    }
    await user.click(screen.getByRole('link', { name: 'Back to inventory' }));
    await user.click(await screen.findByRole('link', { name: 'Your own feeling words' }));
    const list = await screen.findByRole('list', { name: 'Your own feeling words' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['wrung out', 'hollow']);

    const [first, second] = within(list).getAllByRole('listitem');
    await user.click(within(first!).getByRole('button', { name: 'Rename' }));
    const spelling = within(first!).getByLabelText('A new spelling for “wrung out”');
    await user.clear(spelling);
    await user.type(spelling, 'hollow');
    await user.click(within(first!).getByRole('button', { name: 'Save the word' }));
    expect(await within(first!).findByRole('alert')).toHaveTextContent(
      '“hollow” is already among your own words.',
    );
    await user.clear(spelling);
    await user.type(spelling, 'worn thin');
    await user.click(within(first!).getByRole('button', { name: 'Save the word' }));
    expect(await within(list).findByText('worn thin')).toBeInTheDocument();

    await user.click(within(second!).getByRole('button', { name: 'Take off the list…' }));
    await user.click(within(second!).getByRole('button', { name: 'Take it off the list' }));
    await waitFor(() => expect(within(list).queryByText('hollow')).toBeNull());
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  }, 30_000);
});

describe('the classic inventory', () => {
  it('"done to me" removes the my-part question and says plainly it was not their fault', async () => {
    const { user } = renderApp('/inventory/classic/resentment/r-1');
    await user.type(await screen.findByLabelText('Who or what'), 'My uncle');
    await user.click(screen.getByRole('checkbox', { name: 'Security' }));
    expect(screen.getByLabelText('My part, if I had one')).toBeVisible();
    expect(screen.queryByText(NOT_YOUR_FAULT)).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'This was done to me' }));
    expect(screen.queryByLabelText('My part, if I had one')).toBeNull();
    expect(screen.getByText(NOT_YOUR_FAULT)).toBeVisible();
    expect(await screen.findByText('Saved on this device')).toBeInTheDocument();
    await expect.poll(async () => (await getInventoryItem('r-1'))?.doneToMe).toBe(true);
    expect(await getInventoryItem('r-1')).toMatchObject({
      subject: 'My uncle',
      touched: ['security'],
    });

    await user.click(screen.getByRole('link', { name: 'Back to resentments' }));
    const rows = await screen.findByRole('list', { name: 'Resentments' });
    expect(within(rows).getByText('This was done to me')).toBeInTheDocument();
    expect(within(rows).queryByText('My part, if I had one')).toBeNull();
  });

  it('unticking "done to me" later brings back what was written as my part', async () => {
    const first = renderApp('/inventory/classic/resentment/r-2');
    await first.user.type(await screen.findByLabelText('Who or what'), 'My brother');
    await first.user.type(screen.getByLabelText('My part, if I had one'), 'I kept score');
    await first.user.click(screen.getByRole('checkbox', { name: 'This was done to me' }));
    await expect.poll(async () => (await getInventoryItem('r-2'))?.doneToMe).toBe(true);
    first.unmount();

    // Coming back another day, and changing one's mind.
    const { user } = renderApp('/inventory/classic/resentment/r-2');
    await user.click(await screen.findByRole('checkbox', { name: 'This was done to me' }));
    expect(screen.getByLabelText('My part, if I had one')).toHaveValue('I kept score');
    await expect.poll(async () => (await getInventoryItem('r-2'))?.doneToMe).toBe(false);
    expect((await getInventoryItem('r-2'))?.myPart).toBe('I kept score');
  });

  it('shows no "done to me" on a fear, and keeps a yes stored on one before', async () => {
    await freshVault();
    await saveInventoryItem({ id: 'f-old', list: 'fear', subject: 'The dark', doneToMe: true });
    const { user } = renderApp('/inventory/classic/fear/f-old');
    const fear = await screen.findByLabelText('The fear');
    expect(fear).toHaveValue('The dark');
    expect(screen.getByLabelText('Where it comes from')).toBeVisible();
    expect(screen.queryByRole('checkbox', { name: 'This was done to me' })).toBeNull();
    expect(screen.queryByText(NOT_YOUR_FAULT)).toBeNull();

    await user.type(fear, ' at night');
    await expect
      .poll(async () => (await getInventoryItem('f-old'))?.subject)
      .toBe('The dark at night');
    expect((await getInventoryItem('f-old'))?.doneToMe).toBe(true);

    // Where it means something, it is still there.
    renderApp('/inventory/classic/harm/h-2');
    expect(await screen.findByRole('checkbox', { name: 'This was done to me' })).not.toBeChecked();
  });

  it('puts a harms row on the amends list with one action, linked back to the row', async () => {
    const { user } = renderApp('/inventory/classic/harm/h-1');
    await user.type(await screen.findByLabelText('Whom'), 'My sister');
    await user.type(screen.getByLabelText('What happened'), 'I missed her wedding');
    await user.type(screen.getByLabelText('My part'), 'I chose to drink that day');
    await user.click(screen.getByRole('button', { name: 'Add to my amends list' }));
    expect(await screen.findByText(/This is on your amends list/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open your amends list' })).toHaveAttribute(
      'href',
      '#/amends',
    );
    expect(screen.queryByRole('button', { name: 'Add to my amends list' })).toBeNull();
    const amends = await db.amends.toArray();
    expect(amends).toHaveLength(1);
    // Listed, and nothing of that in the clear: the status lives in the sealed words.
    expect(amends[0]).toMatchObject({ inventoryItemId: 'h-1' });
    expect(amends[0]).not.toHaveProperty('status');
    expect((await getAmendsItem(amends[0]!.id))?.status).toBe('listed');
    // The row the amends item was made from is not offered for deleting while that item is there.
    expect(screen.getByText(ON_AMENDS_LIST)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete this row…' })).toBeNull();
  });

  it('deletes a row after a second tap and goes back to its list', async () => {
    const { user } = renderApp('/inventory/classic/fear/f-1');
    await user.type(await screen.findByLabelText('The fear'), 'Money running out');
    await waitFor(async () => expect(await db.inventoryItems.get('f-1')).toBeDefined());
    await user.click(await screen.findByRole('button', { name: 'Delete this row…' }));
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));
    expect(await screen.findByText('The row was deleted.')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/inventory/classic/fear');
    expect(await db.inventoryItems.get('f-1')).toBeUndefined();
  });
});
