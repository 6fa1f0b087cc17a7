import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, reopenIfClosed } from '../../src/db/db';

describe('reopenIfClosed', () => {
  beforeEach(async () => {
    db.close();
    await db.delete();
    await db.open();
  });

  it('opens a connection a failure closed, and wakes the live queries that read while it was closed', async () => {
    await db.settings.put({ key: 'probe', value: 1 });
    // Closed under the app, as Chromium does after some disk failures.
    db.close();
    const seen: number[] = [];
    const subscription = liveQuery(() => db.settings.count()).subscribe({
      next: (count) => seen.push(count),
    });
    // The read fails with DatabaseClosedError, which a live query swallows and then waits.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([]);

    await reopenIfClosed();
    expect(db.isOpen()).toBe(true);
    await expect.poll(() => seen).toEqual([1]);
    subscription.unsubscribe();
  });

  it('opens by itself after a close this tab did not ask for, with no read or write to prompt it', async () => {
    // What Dexie does when the browser closes the connection (IDBDatabase 'close' event).
    db.close({ disableAutoOpen: false });
    expect(db.isOpen()).toBe(false);
    await expect.poll(() => db.isOpen(), { timeout: 3000 }).toBe(true);
  });

  it('stays closed after this tab closed it on purpose', async () => {
    db.close();
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(db.isOpen()).toBe(false);
  });

  it('does nothing while the connection is open', async () => {
    const before = db.backendDB();
    await reopenIfClosed();
    expect(db.backendDB()).toBe(before);
  });
});
