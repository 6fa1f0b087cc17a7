import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/db';
import {
  finishEmotionInventory,
  saveEmotionInventory,
} from '../../src/features/inventory/emotionInventoryRepo';
import { forgetOpenedEntries } from '../../src/core/openedEntries';
import { startVault } from '../../src/features/vault/vaultRepo';
import { useVaultStore } from '../../src/core/vaultStore';
import { renderApp } from '../helpers/renderApp';

beforeEach(async () => {
  forgetOpenedEntries();
  db.close();
  await db.delete();
  useVaultStore.setState({ status: 'starting' }, true);
});

const day = (n: number) => new Date(2026, 2, n, 12, 0).getTime();

describe('the emotion inventory history', () => {
  it('shows the latest three, then all of them on request, focusing the first one brought in', async () => {
    await db.open();
    await startVault();
    for (let n = 1; n <= 5; n++) {
      await saveEmotionInventory({ id: `i${n}`, feelings: [{ feelingId: 'calm' }] }, day(n));
      await finishEmotionInventory(`i${n}`, day(n));
    }
    const { user } = renderApp('/inventory');
    const history = await screen.findByRole('list', { name: 'Your emotion inventories' });
    expect(within(history).getAllByRole('link')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Show all 5 inventories' }));
    await waitFor(() => expect(within(history).getAllByRole('link')).toHaveLength(5));
    expect(within(history).getAllByRole('link')[3]).toHaveFocus();
    expect(screen.queryByRole('button', { name: /Show (all|older)/ })).toBeNull();
  });
});
