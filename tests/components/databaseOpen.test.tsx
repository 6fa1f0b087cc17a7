import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME } from '../../src/db/db';
import { renderApp } from '../helpers/renderApp';
import { resetApp } from '../helpers/resetApp';

// A file of its own (vitest.config.ts, OWN_MODULES): these tests open the database at other
// versions, and the last leaves this page stepped aside for a newer Stepwork, after which it
// opens nothing again (src/db/db.ts). Their order is kept: the step aside comes last.
describe('when the database cannot open', () => {
  beforeEach(resetApp);

  it('is there when the journal cannot be opened, and still hides the screen', async () => {
    // A database of the journal's name that is not a journal Stepwork can open.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 990);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const { user } = renderApp('/journal');
    const failure = await screen.findByRole('alert', {}, { timeout: 10_000 });
    // Which failure depends on how far Dexie gets; each one is a full screen of plain words.
    expect(within(failure).getByRole('heading', { level: 1 })).toHaveTextContent(/Stepwork/);
    await user.click(screen.getByRole('button', { name: 'Quick exit' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Notes' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('Stepwork');
    expect(document.title).toBe('Notes');
  });

  it('asks to close the other tab while an old one blocks the upgrade, then carries on', async () => {
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('stepwork', 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // An old tab that ignores the request to close, as a frozen background tab does.
    old.onversionchange = null;
    renderApp('/');
    expect(
      await screen.findByRole('heading', { name: 'Stepwork is open in another tab' }),
    ).toBeInTheDocument();
    old.close();
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeInTheDocument();
  });

  it('steps aside with a plain message when a newer Stepwork opens in another tab', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeInTheDocument();
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('stepwork', 1000);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(
      await screen.findByRole('heading', { name: 'A newer Stepwork opened in another tab' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Everything you saved is still there/)).toBeInTheDocument();
    upgraded.close();
  });
});
