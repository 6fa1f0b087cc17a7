import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, setSetting } from '../../core/settingsRepo';
import { useOpened } from '../../core/useOpened';
import { listContacts, type Contact } from './contactsRepo';

export const CRISIS_LINES_HIDDEN_KEY = 'crisisLinesHidden';

/** The person's contacts, live; undefined while they open, 'failed' when they cannot be read.
 * A failed read is a value, not a thrown error: Help now must stay up without them. */
export function useContacts(): Contact[] | 'failed' | undefined {
  return useOpened(listContacts);
}

/** Whether the person chose to hide the built-in crisis lines; undefined while it is read, and
 * false when it cannot be read, so a failed read shows the lines. */
export function useCrisisLinesHidden(): boolean | undefined {
  return useLiveQuery(async () => {
    try {
      return (await getSetting<boolean>(CRISIS_LINES_HIDDEN_KEY)) === true;
    } catch (error) {
      console.error(error);
      return false;
    }
  }, []);
}

export function setCrisisLinesHidden(hidden: boolean): Promise<void> {
  return setSetting(CRISIS_LINES_HIDDEN_KEY, hidden);
}
