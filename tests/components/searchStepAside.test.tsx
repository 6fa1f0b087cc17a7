import { screen } from '@testing-library/react';
import { expect, it, onTestFinished } from 'vitest';
import { db } from '../../src/db/db';
import { useVaultStore } from '../../src/core/vaultStore';
import { saveEntry } from '../../src/features/journal/journalRepo';
import { getSearchIndexState, searchJournal } from '../../src/features/journal/search/searchIndex';
import { renderApp } from '../helpers/renderApp';

// A file of its own (vitest.config.ts, OWN_MODULES): once this page has stepped aside for a
// newer Stepwork, it opens nothing again (src/db/db.ts).
it('ends search, with every opened word in it, when the tab steps aside for a newer Stepwork', async () => {
  db.close();
  await db.delete();
  useVaultStore.setState({ status: 'starting' }, true);
  const { user } = renderApp('/journal/search');
  await screen.findByRole('heading', { name: 'Search' });
  await saveEntry({ id: crypto.randomUUID(), body: 'A walk by the harbour at dusk.' });
  await user.type(screen.getByLabelText('Search your journal'), 'harbour');
  expect(await screen.findByText('1 entry found')).toBeInTheDocument();

  // As Boot does, the journal closes its connection its own way (vaultRepo.ts, openJournal).
  const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('stepwork', 1000);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  onTestFinished(() => upgraded.close());
  expect(
    await screen.findByRole('heading', { name: 'A newer Stepwork opened in another tab' }),
  ).toBeInTheDocument();
  // The index (the worker, in a browser) is gone, and nothing it held can be asked for.
  expect(getSearchIndexState()).toMatchObject({ status: 'idle', size: 0 });
  expect((await searchJournal('harbour', 10)).total).toBe(0);
});
