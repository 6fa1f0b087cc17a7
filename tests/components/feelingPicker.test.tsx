import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
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

describe('the feeling picker’s search', () => {
  it('finds feelings from every family by word or meaning, says how many, and chooses by keyboard', async () => {
    const { user } = renderApp('/inventory');
    await user.click(await screen.findByRole('link', { name: 'Start an emotion inventory' }));
    const search = await screen.findByRole('searchbox', { name: 'Find a feeling' });
    expect(screen.queryByRole('list', { name: 'Feelings that match' })).toBeNull();

    await user.type(search, 'heavy');
    const status = screen.getByText(/feelings match “heavy”/);
    expect(status).toHaveAttribute('role', 'status');
    const matches = screen.getByRole('list', { name: 'Feelings that match' });
    // Each match says which family it belongs to, so one from calm or relief is not a surprise.
    const dread = within(matches).getByRole('checkbox', { name: 'dread' });
    expect(dread).toHaveAccessibleDescription(/\(Fear\)$/);
    expect(within(matches).getByRole('checkbox', { name: 'lighter' })).toHaveAccessibleDescription(
      /\(Relief\)$/,
    );

    // Enter in the box does not finish or submit anything; Tab goes to the first match.
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: 'Emotion inventory' })).toBeVisible();
    await user.tab();
    expect(within(matches).getAllByRole('checkbox')[0]).toHaveFocus();
    await user.keyboard(' ');
    expect(dread).toBeChecked();
    expect(await screen.findByRole('slider', { name: 'How strong is “dread”?' })).toBeVisible();

    await user.clear(search);
    await user.type(search, 'qqq');
    expect(screen.getByText(/No word here matches/)).toHaveTextContent(
      'No word here matches “qqq”. You can look through the families below, or add a word of your own.',
    );
  }, 30_000);

  it('leaves a chosen feeling’s strength unset until the person touches it', async () => {
    const { user } = renderApp('/inventory');
    await user.click(await screen.findByRole('link', { name: 'Start an emotion inventory' }));
    await user.type(await screen.findByRole('searchbox', { name: 'Find a feeling' }), 'lonely');
    const matches = screen.getByRole('list', { name: 'Feelings that match' });
    await user.click(within(matches).getByRole('checkbox', { name: 'lonely' }));
    const slider = await screen.findByRole('slider', { name: 'How strong is “lonely”?' });
    expect(slider).toHaveAttribute('aria-valuetext', 'not set yet');
    expect(screen.getByText('not set yet', { selector: 'output' })).toBeVisible();
    await screen.findByText('Saved on this device');
    const [row] = await db.emotionInventories.toArray();
    const saved = await getEmotionInventory(row!.id);
    expect(saved?.feelings).toEqual([{ feelingId: 'lonely' }]);

    // A tap on the resting thumb is a choice too: the middle, now set by the person.
    await user.click(slider);
    expect(slider).toHaveAttribute('aria-valuetext', '5 of 10');
    await waitFor(async () =>
      expect((await getEmotionInventory(row!.id))?.feelings).toEqual([
        { feelingId: 'lonely', intensity: 5 },
      ]),
    );
  }, 30_000);

  it('offers a few needs to tick beside the words about what was needed', async () => {
    const { user } = renderApp('/inventory');
    await user.click(await screen.findByRole('link', { name: 'Start an emotion inventory' }));
    const needs = await screen.findByRole('group', { name: 'Or choose any needs that fit' });
    await user.click(within(needs).getByRole('checkbox', { name: 'Rest' }));
    await user.click(within(needs).getByRole('checkbox', { name: 'To be heard' }));
    await user.type(screen.getByLabelText('What did you need?'), 'A quiet evening');
    await screen.findByText('Saved on this device');
    const [row] = await db.emotionInventories.toArray();
    expect(await getEmotionInventory(row!.id)).toMatchObject({
      chosenNeeds: ['rest', 'heard'],
      needs: 'A quiet evening',
    });
  }, 30_000);
});
