import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { NOT_YOUR_FAULT } from '../../src/features/inventory/classicLists';
import { EFFORT } from '../../src/features/inventory/copy';
import {
  getInventoryItem,
  ON_AMENDS_LIST,
} from '../../src/features/inventory/classicInventoryRepo';
import { getEmotionInventory } from '../../src/features/inventory/emotionInventoryRepo';
import { getAmendsItem } from '../../src/features/amends/amendsRepo';
import { forgetOpenedEntries } from '../../src/core/openedEntries';
import { useVaultStore } from '../../src/core/vaultStore';
import { renderApp } from '../helpers/renderApp';

beforeEach(async () => {
  forgetOpenedEntries();
  db.close();
  await db.delete();
  useVaultStore.setState({ status: 'starting' }, true);
});

type User = ReturnType<typeof renderApp>['user'];

async function chooseFeeling(user: User, family: string, word: string, intensity: number) {
  await user.click(screen.getByText(family, { selector: 'summary' }));
  await user.click(screen.getByRole('checkbox', { name: word }));
  const slider = await screen.findByRole('slider', { name: `How strong is “${word}”?` });
  expect(slider).toHaveValue('5');
  // A range input is moved by dragging; the change event is what the browser fires after it.
  fireEvent.change(slider, { target: { value: String(intensity) } });
  expect(slider).toHaveValue(String(intensity));
}

describe('the emotion inventory', () => {
  it('takes three feelings with intensities and body places, finishes, and shows in history and trends', async () => {
    const { user } = renderApp('/inventory');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inventory' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Start an emotion inventory' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Emotion inventory' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Take a pause with Help now' })).toHaveAttribute(
      'href',
      '#/help',
    );

    await user.type(screen.getByLabelText('What happened? (optional)'), '<b>Shouted</b> at 😠');
    await chooseFeeling(user, 'Anger', 'angry', 8);
    await chooseFeeling(user, 'Fear', 'afraid', 6);
    await chooseFeeling(user, 'Sadness and grief', 'hurt', 3);
    expect(screen.getByText('8 of 10')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Chest' }));
    await user.click(screen.getByRole('checkbox', { name: 'Jaw' }));
    await user.type(screen.getByLabelText('What did you need?'), 'To be heard');
    expect(await screen.findByText('Saved on this device')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Finish this inventory' }));
    expect(await screen.findByText(EFFORT)).toBeInTheDocument();
    const named = screen.getByRole('list', { name: 'Feelings you named' });
    expect(
      within(named)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['angry, 8 of 10', 'afraid, 6 of 10', 'hurt, 3 of 10']);
    expect(screen.getByText('Chest, Jaw')).toBeInTheDocument();
    // HTML a person writes is shown as the characters they typed, never as markup.
    expect(screen.getByText('<b>Shouted</b> at 😠')).toBeInTheDocument();
    expect(document.querySelector('main b')).toBeNull();
    // Finished means read-only until the person chooses to edit.
    expect(screen.queryByRole('slider')).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit this inventory' })).toBeVisible();

    const [row] = await db.emotionInventories.toArray();
    expect(row?.status).toBe('finished');
    expect((await getEmotionInventory(row!.id))?.bodyPlaces).toEqual(['chest', 'jaw']);

    await user.click(screen.getByRole('link', { name: 'Back to inventory' }));
    const history = await screen.findByRole('list', { name: 'Your emotion inventories' });
    const link = within(history).getByRole('link', { name: /Finished, Today/ });
    expect(link).toHaveTextContent('angry, afraid, hurt');

    await user.click(screen.getByRole('link', { name: 'See the picture' }));
    const table = await screen.findByRole('table', { name: 'Feelings by family' });
    const anger = within(table).getByRole('row', { name: /^Anger/ });
    expect(
      within(anger)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '8', '1', 'angry']);
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByRole('img', { name: /Feelings named most/ })).toBeInTheDocument();
    expect(
      screen.getByText('In the last 30 days you named anger once, at 8.', { selector: 'p' }),
    ).toBeVisible();
  }, 30_000);

  it('keeps a draft with no feeling but does not finish it, and opens a finished one for editing', async () => {
    const { user } = renderApp('/inventory/emotions/draft-1');
    await user.type(await screen.findByLabelText('What thoughts came with it?'), 'Too tired');
    await user.click(screen.getByRole('button', { name: 'Finish this inventory' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Choose at least one feeling to finish. Your draft is kept.',
    );
    expect((await db.emotionInventories.get('draft-1'))?.status).toBe('draft');

    await chooseFeeling(user, 'Numbness', 'numb', 4);
    await user.click(screen.getByRole('button', { name: 'Finish this inventory' }));
    await user.click(await screen.findByRole('button', { name: 'Edit this inventory' }));
    const slider = await screen.findByRole('slider', { name: 'How strong is “numb”?' });
    expect(slider).toHaveValue('4');
    expect(screen.getByLabelText('What thoughts came with it?')).toHaveValue('Too tired');
    expect((await db.emotionInventories.get('draft-1'))?.status).toBe('draft');
  }, 30_000);

  it('deletes a draft for good only after a second tap, and the closing editor does not keep it', async () => {
    const { user } = renderApp('/inventory/emotions/to-delete');
    const thoughts = await screen.findByLabelText('What thoughts came with it?');
    await user.type(thoughts, 'Not today');
    const first = await screen.findByRole('button', { name: 'Delete this inventory…' });
    await user.click(first);
    const confirm = screen.getByRole('group', { name: 'Delete this inventory?' });
    expect(confirm).toHaveTextContent('It cannot be brought back.');
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    await waitFor(async () => expect(await db.emotionInventories.get('to-delete')).toBeDefined());

    // No pause for the autosave: words typed just before deleting must not bring it back.
    await user.type(thoughts, ' or tomorrow');
    await user.click(screen.getByRole('button', { name: 'Delete this inventory…' }));
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));
    expect(await screen.findByText('The inventory was deleted.')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/inventory');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await db.emotionInventories.get('to-delete')).toBeUndefined();
  }, 30_000);

  it('adds a word of the person’s own, refuses an empty or repeated one, and shows it as text', async () => {
    const { user } = renderApp('/inventory/emotions/own-1');
    await user.click(await screen.findByText('Your own words', { selector: 'summary' }));
    const box = screen.getByLabelText('A word of your own');
    await user.click(screen.getByRole('button', { name: 'Add my word' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A feeling word needs at least one letter.',
    );
    await user.type(box, '<i>seen</i> 🫥');
    await user.click(screen.getByRole('button', { name: 'Add my word' }));
    expect(
      await screen.findByRole('slider', { name: 'How strong is “<i>seen</i> 🫥”?' }),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.type(box, '<I>SEEN</I> 🫥');
    await user.click(screen.getByRole('button', { name: 'Add my word' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('is already among your own words');
    expect(document.querySelector('main i')).toBeNull();
  });
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
