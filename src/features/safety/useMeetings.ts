import { useOpened } from '../../core/useOpened';
import { getMeetings, type MeetingsFields } from './meetingsRepo';

/** The person's meetings, live (Today and Help now stay up without them). */
export function useMeetings(): MeetingsFields | 'failed' | undefined {
  return useOpened(getMeetings);
}
