// The step 4 inventory is tested in two files: this one (the emotion inventory) and
// classicInventory.test.tsx (own words, resentments, fears and harms), so they run side by side.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { EFFORT } from '../../src/features/inventory/copy';
import { getEmotionInventory } from '../../src/features/inventory/emotionInventoryRepo';
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
  const folded = screen.getByText(family, { selector: 'summary' });
  await user.click(folded);
  // Looked for among the family's own words: the page holds every family's, and naming each of
  // them all is most of what a page-wide role query costs.
  const opened = within(folded.closest('details')!);
  await user.click(opened.getByRole('checkbox', { name: word }));
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
    // The editor shows once the draft has been looked for (the screen's code can arrive first).
    expect(await screen.findByRole('link', { name: 'Take a pause with Help now' })).toHaveAttribute(
      'href',
      '#/help',
    );

    await user.type(
      screen.getByRole('textbox', { name: 'What happened? (optional)' }),
      '<b>Shouted</b> at 😠',
    );
    await chooseFeeling(user, 'Anger', 'angry', 8);
    await chooseFeeling(user, 'Fear', 'afraid', 6);
    await chooseFeeling(user, 'Sadness and grief', 'hurt', 3);
    expect(screen.getByText('8 of 10')).toBeInTheDocument();
    const body = within(screen.getByRole('group', { name: 'Where do you feel it in your body?' }));
    await user.click(body.getByRole('checkbox', { name: 'Chest' }));
    await user.click(body.getByRole('checkbox', { name: 'Jaw' }));
    await user.type(screen.getByRole('textbox', { name: 'What did you need?' }), 'To be heard');
    expect(await screen.findByText('Saved on this device')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Finish this inventory' }));
    expect(await screen.findByText(EFFORT)).toBeInTheDocument();
    // The thank-you is where the person is: focused, so it is in view and read out.
    await waitFor(() => expect(screen.getByText(EFFORT)).toHaveFocus());
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
    const table = await screen.findByRole('table', { name: 'Painful feelings in all' });
    const anger = within(table).getByRole('row', { name: /^Anger/ });
    expect(
      within(anger)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '1', '8', '1', '—', 'angry']);
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByRole('img', { name: /^Anger, week by week: / })).toBeInTheDocument();
    expect(
      screen.getByText(
        'In the last 30 days you finished one inventory. Of the painful feelings, you named ' +
          'anger, fear as well as sadness and grief most, once each. Once you have inventories ' +
          'in more than one week, this shows what grew and what eased.',
        { selector: 'p' },
      ),
    ).toBeVisible();
  }, 30_000);

  it('keeps a draft with no feeling but does not finish it, and opens a finished one for editing', async () => {
    const { user } = renderApp('/inventory/emotions/draft-1');
    await user.type(
      await screen.findByRole('textbox', { name: 'What thoughts came with it?' }),
      'Too tired',
    );
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
    expect(screen.getByRole('textbox', { name: 'What thoughts came with it?' })).toHaveValue(
      'Too tired',
    );
    expect((await db.emotionInventories.get('draft-1'))?.status).toBe('draft');
  }, 30_000);

  it('deletes a draft for good only after a second tap, and the closing editor does not keep it', async () => {
    const { user } = renderApp('/inventory/emotions/to-delete');
    const thoughts = await screen.findByRole('textbox', { name: 'What thoughts came with it?' });
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
    const box = screen.getByRole('textbox', { name: 'A word of your own' });
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
