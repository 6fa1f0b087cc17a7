import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, setSetting } from '../settings/settingsRepo';
import { listContacts, type Contact } from './contactsRepo';

export const CRISIS_LINES_HIDDEN_KEY = 'crisisLinesHidden';

/** The person's contacts, live; undefined while they open. */
export function useContacts(): Contact[] | undefined {
  return useLiveQuery(listContacts, []);
}

/** Whether the person chose to hide the built-in crisis lines; undefined while it is read. */
export function useCrisisLinesHidden(): boolean | undefined {
  return useLiveQuery(
    async () => (await getSetting<boolean>(CRISIS_LINES_HIDDEN_KEY)) === true,
    [],
  );
}

export function setCrisisLinesHidden(hidden: boolean): Promise<void> {
  return setSetting(CRISIS_LINES_HIDDEN_KEY, hidden);
}
