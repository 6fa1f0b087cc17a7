import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, setSetting } from '../../core/settingsRepo';
import { crisisCountry } from './crisisLines';

/**
 * The country a person chose for their crisis lines. A clear setting, readable while the journal
 * is locked (the locked screen shows these lines): it names a country, not anything the person
 * wrote or felt. It stays on this device and out of backups, like the zone it stands in for: a
 * backup opened on a phone in another country should not bring the old country's numbers first.
 */
export const CRISIS_REGION_KEY = 'crisisRegion';

/** The chosen country's code; null when none was chosen or it cannot be read (the device's
 * guess serves then); undefined while it is read. */
export function useChosenRegion(): string | null | undefined {
  return useLiveQuery(async () => {
    try {
      const code = await getSetting<unknown>(CRISIS_REGION_KEY);
      return typeof code === 'string' && crisisCountry(code) ? code : null;
    } catch (error) {
      console.error(error);
      return null;
    }
  }, []);
}

/** Chooses a country, or, with null, goes back to what the device says. */
export function setChosenRegion(code: string | null): Promise<void> {
  return setSetting(CRISIS_REGION_KEY, code ?? undefined);
}
