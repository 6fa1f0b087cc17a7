import { useLiveQuery } from 'dexie-react-hooks';
import { getMeetings, type MeetingsFields } from './meetingsRepo';

/** The person's meetings, live; undefined while they open, 'failed' when they cannot be read or
 * opened (a failed read is a value: Today and Help now stay up without them). */
export function useMeetings(): MeetingsFields | 'failed' | undefined {
  return useLiveQuery(async () => {
    try {
      const kept = await getMeetings();
      return kept === 'unreadable' ? ('failed' as const) : kept;
    } catch (error) {
      console.error(error);
      return 'failed' as const;
    }
  }, []);
}
