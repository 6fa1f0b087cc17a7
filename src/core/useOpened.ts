import { useLiveQuery } from 'dexie-react-hooks';

/**
 * Sealed words read live for a screen: undefined while they open, 'failed' when they cannot be
 * read or opened. A failed read is a value, not a thrown error, so the screen around them (Help
 * now, Today) stays up and says plainly what could not be opened.
 */
export function useOpened<T>(read: () => Promise<T | 'unreadable'>): T | 'failed' | undefined {
  return useLiveQuery(async () => {
    try {
      const kept = await read();
      return kept === 'unreadable' ? ('failed' as const) : kept;
    } catch (error) {
      console.error(error);
      return 'failed' as const;
    }
  }, []);
}
